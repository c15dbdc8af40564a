package pk.hifazat.safeguarding.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.privacy.PersonalData;
import pk.hifazat.safeguarding.ChildId;
import pk.hifazat.units.UnitId;

/** Care plans: goals and their follow-ups, what they say sealed (bound to the goal's or follow-up's id). */
@Repository
class CarePlans {

    static final String GOAL = "goal";
    static final String NOTE = "note";

    private final JdbcClient jdbc;
    private final PersonalData sealing;

    CarePlans(JdbcClient jdbc, PersonalData sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    UUID addGoal(ChildId child, CareGoal.CareArea area, String goal, LocalDate setOn, LocalDate followUpOn, Instant at, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO safeguarding_care_goal (id, child_id, area, goal_sealed, set_on, follow_up_on, added_at, added_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, child.value(), area.name(), sealing.seal(goal, id, GOAL), Date.valueOf(setOn),
                        Date.valueOf(followUpOn), Timestamp.from(at), by)
                .update();
        return id;
    }

    /** The goal's child, its row locked (a follow-up is being recorded). */
    Optional<UUID> lockGoal(UUID goal) {
        return jdbc.sql("SELECT child_id FROM safeguarding_care_goal WHERE id = ? FOR UPDATE").param(goal).query(UUID.class).optional();
    }

    /** Records a follow-up; the goal is then due again on {@code next}, or achieved on the day when next is null. */
    void followUp(UUID goal, LocalDate madeOn, String note, LocalDate next, Instant at, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO safeguarding_follow_up (id, goal_id, made_on, note_sealed, added_at, added_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, goal, Date.valueOf(madeOn), sealing.seal(note, id, NOTE), Timestamp.from(at), by).update();
        if (next == null) {
            jdbc.sql("UPDATE safeguarding_care_goal SET achieved_on = ? WHERE id = ?").params(Date.valueOf(madeOn), goal).update();
        } else {
            jdbc.sql("UPDATE safeguarding_care_goal SET follow_up_on = ? WHERE id = ?").params(Date.valueOf(next), goal).update();
        }
    }

    /** The care plans of these children, opened, by child: one query for the goals and one for their follow-ups. */
    Map<UUID, List<CareGoal>> of(Collection<ChildId> children) {
        if (children.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = children.stream().map(ChildId::value).toArray(UUID[]::new);
        Map<UUID, List<CareGoal.FollowUp>> followUps = jdbc.sql("""
                SELECT f.id, f.goal_id, f.made_on, f.note_sealed FROM safeguarding_follow_up f
                JOIN safeguarding_care_goal g ON g.id = f.goal_id WHERE g.child_id = ANY(?) ORDER BY f.made_on DESC, f.added_at DESC""")
                .param(ids)
                .query((rs, n) -> Map.entry(rs.getObject(2, UUID.class), new CareGoal.FollowUp(rs.getObject(3, LocalDate.class),
                        sealing.open(rs.getBytes(4), rs.getObject(1, UUID.class), NOTE))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<CareGoal> goals = jdbc.sql("""
                SELECT id, child_id, area, goal_sealed, set_on, follow_up_on, achieved_on FROM safeguarding_care_goal
                WHERE child_id = ANY(?) ORDER BY area, set_on, added_at""")
                .param(ids)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new CareGoal(id, rs.getObject(2, UUID.class), CareGoal.CareArea.valueOf(rs.getString(3)),
                            sealing.open(rs.getBytes(4), id, GOAL), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                            followUps.getOrDefault(id, new ArrayList<>()));
                })
                .list();
        return goals.stream().collect(Collectors.groupingBy(CareGoal::child));
    }

    /** How many children of the office have a follow-up overdue. */
    long childrenOverdue(UnitId office, LocalDate today) {
        return jdbc.sql("""
                SELECT count(DISTINCT g.child_id) FROM safeguarding_care_goal g JOIN safeguarding_child c ON c.id = g.child_id
                WHERE c.office_id = ? AND c.stage <> 'CLOSED' AND g.achieved_on IS NULL AND g.follow_up_on < ?""")
                .params(office.value(), Date.valueOf(today)).query(Long.class).single();
    }
}
