package pk.hifazat.networks.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.Districts;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierNormaliser;
import pk.hifazat.intake.Account;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.linking.LinkStrength;
import pk.hifazat.linking.SharedIdentifier;
import pk.hifazat.networks.EdgeKind;
import pk.hifazat.networks.GraphNode;
import pk.hifazat.networks.NodeKind;
import pk.hifazat.networks.NodeRef;

/**
 * Writes one report into the graph: the report, the identifiers and files linking found in it with
 * the strength linking gave each, the persons it names (using their accounts) and its children, by
 * pseudonym. Writers take turns ({@link GraphStore#serialise}).
 */
@Component
class ReportProjection {

    private final GraphStore store;
    private final Districts districts;
    private final IdentifierNormaliser normaliser;

    ReportProjection(GraphStore store, Districts districts, IdentifierNormaliser normaliser) {
        this.store = store;
        this.districts = districts;
        this.normaliser = normaliser;
    }

    /** Writes the reports; true when an edge changed strength (networks must be recomputed). */
    @Transactional
    boolean project(List<ProjectedReport> reports) {
        store.serialise();
        GraphBatch batch = new GraphBatch();
        reports.forEach(report -> project(report.report(), report.identifiers(), batch));
        boolean changed = store.write(batch);
        if (changed) {
            store.nextGeneration();
        }
        return changed;
    }

    private void project(IncomingReport report, List<SharedIdentifier> identifiers, GraphBatch batch) {
        Instant at = report.receivedAt();
        DistrictCode district = districtOf(report.content().location());
        String country = report.content().location() == null ? null : report.content().location().country();
        NodeRef reportNode = batch.node(new GraphNode(new NodeRef(NodeKind.REPORT, report.id().value().toString()),
                ReportLabels.of(report), district, country), at);
        Map<String, LinkStrength> strengths = new HashMap<>();
        for (SharedIdentifier shared : identifiers) {
            Optional<NodeKind> kind = IdentifierNodes.kindOf(shared.kind());
            if (kind.isEmpty()) {
                continue;
            }
            NodeRef ref = batch.node(new GraphNode(IdentifierNodes.ref(kind.get(), shared.kind(), shared.value(), shared.platform()),
                    IdentifierNodes.label(kind.get(), shared.value(), shared.platform()), district,
                    IdentifierNodes.country(kind.get(), shared.value())), at);
            strengths.put(ref.key(), shared.strength());
            batch.edge(reportNode, ref, kind.get() == NodeKind.MEDIA ? EdgeKind.MATCHED : EdgeKind.MENTIONS,
                    shared.strength(), at);
        }
        persons(report, reportNode, district, strengths, batch, at);
        for (int i = 0; i < report.content().victims().size(); i++) {
            NodeRef child = batch.node(new GraphNode(new NodeRef(NodeKind.VICTIM, report.id().value() + "/" + i),
                    ReportLabels.pseudonym(report.id(), i), district, null), at);
            batch.edge(child, reportNode, EdgeKind.APPEARS_IN, LinkStrength.STRONG, at);
        }
    }

    /**
     * A reported person is a node of this report (the same person across reports is for cases to say,
     * with {@link EdgeKind#SAME_AS}); their accounts are the identifier nodes the report already has,
     * with the strength linking gave them, so that a person never joins what linking would not.
     */
    private void persons(IncomingReport report, NodeRef reportNode, DistrictCode district,
                         Map<String, LinkStrength> strengths, GraphBatch batch, Instant at) {
        ReportContent content = report.content();
        for (int i = 0; i < content.persons().size(); i++) {
            Person person = content.persons().get(i);
            NodeRef node = batch.node(new GraphNode(new NodeRef(NodeKind.PERSON, report.id().value() + "/" + i),
                    ReportLabels.person(person, i), district, null), at);
            batch.edge(node, reportNode, EdgeKind.APPEARS_IN, LinkStrength.STRONG, at);
            for (NodeRef account : accountsOf(person)) {
                LinkStrength strength = strengths.get(account.key());
                if (strength != null) {
                    batch.edge(node, account, EdgeKind.USES, strength, at);
                }
            }
        }
    }

    private List<NodeRef> accountsOf(Person person) {
        List<NodeRef> refs = new ArrayList<>();
        for (Account account : person.accounts()) {
            add(refs, IdentifierKind.PHONE, account.phone(), null);
            add(refs, IdentifierKind.EMAIL, account.email(), null);
            add(refs, IdentifierKind.USERNAME, account.screenName(), account.platform());
            add(refs, IdentifierKind.USER_ID, account.userId(), account.platform());
            add(refs, IdentifierKind.PROFILE_URL, account.profileUrl(), null);
        }
        return refs;
    }

    private void add(List<NodeRef> refs, IdentifierKind kind, String written, String platform) {
        if (written == null || written.isBlank()) {
            return;
        }
        normaliser.normalise(kind, written, platform).ifPresent(id -> IdentifierNodes.kindOf(kind.name())
                .ifPresent(nodeKind -> refs.add(IdentifierNodes.ref(nodeKind, kind.name(), id.value(), id.platform()))));
    }

    private DistrictCode districtOf(LocationHint location) {
        if (location == null) {
            return null;
        }
        for (String text : new String[] {location.district(), location.place()}) {
            if (text != null && !text.isBlank()) {
                var found = districts.find(text);
                if (found.isPresent()) {
                    return found.get().code();
                }
            }
        }
        return null;
    }
}
