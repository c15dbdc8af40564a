package pk.hifazat.networks.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.CaseOpened;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.PersonId;
import pk.hifazat.cases.PersonIdentifiers;
import pk.hifazat.cases.PersonJoinedCase;
import pk.hifazat.cases.PersonsMerged;
import pk.hifazat.cases.ReportsAttachedToCase;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identifiers.Identifier;
import pk.hifazat.linking.LinkStrength;
import pk.hifazat.networks.EdgeKind;
import pk.hifazat.networks.GraphNode;
import pk.hifazat.networks.NodeKind;
import pk.hifazat.networks.NodeRef;

/**
 * Cases in the graph: a case is a node its reports are part of; a person of a case is a node (by
 * pseudonym) that appears in it and uses their identifiers, with the strength linking gave those; two
 * person records found to be one are the same. Each event is one small batch, written incrementally.
 */
@Component
class CaseFeed {

    private final GraphStore store;
    private final PersonIdentifiers persons;
    private final CaseAlerts alerts;

    CaseFeed(GraphStore store, PersonIdentifiers persons, CaseAlerts alerts) {
        this.store = store;
        this.persons = persons;
        this.alerts = alerts;
    }

    @ApplicationModuleListener
    void on(CaseOpened opened) {
        GraphBatch batch = new GraphBatch();
        batch.node(caseNode(opened.caseId(), opened.number(), opened.district()), opened.openedAt());
        store.writeInTurn(batch);
    }

    @ApplicationModuleListener
    void on(ReportsAttachedToCase attached) {
        Instant at = attached.attachedAt();
        GraphBatch batch = new GraphBatch();
        NodeRef file = batch.node(caseNode(attached.caseId(), attached.number(), null), at);
        attached.reports().forEach(report -> batch.edge(
                batch.node(new GraphNode(new NodeRef(NodeKind.REPORT, report.toString()), null, null, null), at),
                file, EdgeKind.APPEARS_IN, LinkStrength.STRONG, at));
        store.writeInTurn(batch);
        alerts.caseJoined(attached.caseId(), file);
    }

    @ApplicationModuleListener
    void on(PersonJoinedCase joined) {
        persons.of(joined.person()).ifPresent(person -> {
            Instant at = joined.joinedAt();
            GraphBatch batch = new GraphBatch();
            NodeRef node = batch.node(new GraphNode(personRef(joined.person(), joined.role()), person.pseudonym(),
                    joined.district(), null), at);
            batch.edge(node, batch.node(caseNode(joined.caseId(), joined.number(), joined.district()), at),
                    EdgeKind.APPEARS_IN, LinkStrength.STRONG, at);
            for (Identifier identifier : person.identifiers()) {
                IdentifierNodes.kindOf(identifier.kind().name()).ifPresent(kind -> {
                    NodeRef ref = IdentifierNodes.ref(kind, identifier.kind().name(), identifier.value(), identifier.platform());
                    batch.edge(node, batch.node(new GraphNode(ref, IdentifierNodes.label(kind, identifier.value(),
                                    identifier.platform()), joined.district(), IdentifierNodes.country(kind, identifier.value())), at),
                            EdgeKind.USES, strengthOf(ref, identifier), at);
                });
            }
            store.writeInTurn(batch);
        });
    }

    /** The merged record is the same as the kept one; a merge taken back leaves the edge as noise (not drawn, joins nothing). */
    @ApplicationModuleListener
    void on(PersonsMerged merged) {
        Instant at = Instant.now();
        Optional<NodeRef> kept = existing(merged.kept());
        Optional<NodeRef> other = existing(merged.merged());
        if (kept.isEmpty() || other.isEmpty()) {
            return;
        }
        GraphBatch batch = new GraphBatch();
        batch.edge(batch.node(new GraphNode(other.get(), label(merged.merged()), null, null), at),
                batch.node(new GraphNode(kept.get(), label(merged.kept()), null, null), at),
                EdgeKind.SAME_AS, merged.undone() ? LinkStrength.NOISE : LinkStrength.STRONG, at);
        store.writeInTurn(batch);
    }

    static GraphNode caseNode(CaseId id, CaseNumber number, DistrictCode district) {
        return new GraphNode(new NodeRef(NodeKind.CASE, id.toString()), number.value(), district, null);
    }

    private static NodeRef personRef(PersonId person, CaseRole role) {
        return new NodeRef(role == CaseRole.VICTIM ? NodeKind.VICTIM : NodeKind.PERSON, "case-person/" + person);
    }

    /** A person's node as the graph already has it (a victim's or anyone else's). */
    private Optional<NodeRef> existing(PersonId person) {
        for (CaseRole role : new CaseRole[] {CaseRole.SUSPECT, CaseRole.VICTIM}) {
            NodeRef ref = personRef(person, role);
            if (store.idOf(ref).isPresent()) {
                return Optional.of(ref);
            }
        }
        return Optional.empty();
    }

    private String label(PersonId person) {
        return persons.of(person).map(PersonIdentifiers.PersonIdentity::pseudonym).orElse(null);
    }

    /**
     * What linking said of the identifier where a report names it; one no report names yet is weak when
     * linking would call it so by its kind (an IP address, a username without a platform), strong otherwise.
     */
    private LinkStrength strengthOf(NodeRef ref, Identifier identifier) {
        return store.strengthOf(ref).orElseGet(() -> switch (identifier.kind()) {
            case IP -> LinkStrength.WEAK;
            case USERNAME -> identifier.platform() == null ? LinkStrength.WEAK : LinkStrength.STRONG;
            default -> LinkStrength.STRONG;
        });
    }
}
