package pk.hifazat.triage.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.identity.Access;
import pk.hifazat.units.Unit;
import pk.hifazat.units.Units;

/** Reading a unit's queue, checked and audited on the unit, for the page and the staff API alike. */
@Service
class Queues {

    private final QueueItems items;
    private final Units units;
    private final Access access;
    private final TriageProperties properties;

    Queues(QueueItems items, Units units, Access access, TriageProperties properties) {
        this.items = items;
        this.units = units;
        this.access = access;
        this.properties = properties;
    }

    @Transactional
    QueuePage page(String unitCode, QueueFilter filter, Optional<QueueCursor> after) {
        Unit unit = units.byCode(unitCode).orElseThrow(TriageReading::notFound);
        access.checkUnit(unit, AuditRecord.of(CommonAction.VIEW, "Queue", unit.code()));
        List<QueueItem> page = items.page(unit.id(), filter, after, properties.pageSize() + 1);
        Optional<QueueCursor> next = page.size() > properties.pageSize()
                ? Optional.of(QueueCursor.after(page.get(properties.pageSize() - 1))) : Optional.empty();
        return new QueuePage(unit, items.openCounts(unit.id()), page.subList(0, Math.min(page.size(), properties.pageSize())), next);
    }
}
