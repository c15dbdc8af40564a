package pk.hifazat.networks.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.linking.LinkStrength;
import pk.hifazat.networks.EdgeKind;
import pk.hifazat.networks.GraphNode;
import pk.hifazat.networks.NodeKind;
import pk.hifazat.networks.NodeRef;

/**
 * Measures networks on a throw-away embedded PostgreSQL: the projection filled with IDENTIFIERS
 * identifier nodes and EDGES report-to-identifier edges (five per report, one in twenty weak), then
 * (1) the index built from scratch by the streaming query, (2) a new report written and the index
 * caught up, many times, and (3) Louvain and betweenness on a picture-sized graph.
 *
 * <pre>
 * ./mvnw -q -B -pl app -am test-compile
 * java -cp "app/target/test-classes:app/target/classes:$(cat app/target/classpath.txt)" \
 *      pk.hifazat.networks.internal.NetworksBenchmark [IDENTIFIERS] [EDGES]
 * </pre>
 * (the class path file: {@code ./mvnw -q -pl app dependency:build-classpath -Dmdep.outputFile=target/classpath.txt})
 */
public final class NetworksBenchmark {

    private static final int PER_REPORT = 5;

    private NetworksBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long identifiers = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        long edges = args.length > 1 ? Long.parseLong(args[1]) : 500_000;
        long reports = edges / PER_REPORT;
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            DataSource data = server.getPostgresDatabase();
            JdbcClient jdbc = JdbcClient.create(data);
            jdbc.sql(Files.readString(Path.of("app/src/main/resources/db/migration/networks/V110__networks.sql"))).update();
            long filling = System.nanoTime();
            fill(jdbc, reports, identifiers);
            System.out.printf(Locale.ROOT, "filled %,d nodes and %,d edges in %.1f s%n",
                    jdbc.sql("SELECT count(*) FROM net_node").query(Long.class).single(),
                    jdbc.sql("SELECT count(*) FROM net_edge").query(Long.class).single(), seconds(filling));

            var transactions = new DataSourceTransactionManager(data);
            GraphStore store = new GraphStore(jdbc);
            NetworkIndex index = new NetworkIndex(data, transactions, store);
            long loading = System.nanoTime();
            int largest = index.read(components -> components.sizeOf(1));
            System.out.printf(Locale.ROOT, "index from scratch: %.2f s (the network of report 1 has %,d nodes)%n",
                    seconds(loading), largest);

            incremental(store, index, new TransactionTemplate(transactions), identifiers, reports);
        }
        communities();
    }

    private static void fill(JdbcClient jdbc, long reports, long identifiers) {
        jdbc.sql("""
                        INSERT INTO net_node (kind, node_key, label, seen_at)
                        SELECT 'REPORT', 'r' || i, 'R-' || i, now() FROM generate_series(1, :reports) i""")
                .param("reports", reports).update();
        jdbc.sql("""
                        INSERT INTO net_node (kind, node_key, label, seen_at)
                        SELECT 'PHONE', 'p' || i, '+92300' || i, now() FROM generate_series(1, :identifiers) i""")
                .param("identifiers", identifiers).update();
        jdbc.sql("""
                        INSERT INTO net_edge (source_id, target_id, kind, strength, seen_at)
                        SELECT r, :reports + 1 + abs(hashint8(r * 8 + k)) % :identifiers, 'MENTIONS',
                               CASE WHEN k = 0 AND r % 4 = 0 THEN 'WEAK' ELSE 'STRONG' END, now()
                        FROM generate_series(1, :reports) r, generate_series(0, :per - 1) k
                        ON CONFLICT DO NOTHING""")
                .param("reports", reports).param("identifiers", identifiers).param("per", PER_REPORT).update();
        jdbc.sql("ANALYZE").update();
    }

    /** A new report naming four known identifiers and one new one, written and caught up, many times over. */
    private static void incremental(GraphStore store, NetworkIndex index, TransactionTemplate transactions,
                                    long identifiers, long reports) {
        SplittableRandom random = new SplittableRandom(11);
        int rounds = 300;
        double[] millis = new double[rounds];
        double[] catchUp = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            int n = round;
            transactions.executeWithoutResult(status -> {
                store.serialise();
                Instant at = Instant.now();
                GraphBatch batch = new GraphBatch();
                NodeRef report = batch.node(new GraphNode(new NodeRef(NodeKind.REPORT, "new" + n + "-" + System.nanoTime()),
                        "R-new", null, null), at);
                for (int k = 0; k < PER_REPORT; k++) {
                    String key = k == 0 ? "new-phone-" + n + "-" + System.nanoTime() : "p" + (1 + random.nextLong(identifiers));
                    NodeRef identifier = batch.node(new GraphNode(new NodeRef(NodeKind.PHONE, key), key, null, null), at);
                    batch.edge(report, identifier, EdgeKind.MENTIONS, LinkStrength.STRONG, at);
                }
                store.write(batch);
            });
            millis[round] = (System.nanoTime() - started) / 1e6;
            long caught = System.nanoTime();
            index.read(components -> components.sizeOf(1));
            catchUp[round] = (System.nanoTime() - caught) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%d new reports over %,d: written (6 nodes, 5 edges: two statements, one commit) %s; "
                + "index caught up %s%n", rounds, reports, spread(millis), spread(catchUp));
    }

    /** Louvain and betweenness on a picture of 500 nodes in 10 groups. */
    private static void communities() {
        SplittableRandom random = new SplittableRandom(5);
        List<int[]> edges = new ArrayList<>();
        int n = 500;
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < 3; e++) {
                int j = random.nextDouble() < 0.9 ? (i / 50) * 50 + random.nextInt(50) : random.nextInt(n);
                if (j != i) {
                    edges.add(new int[] {i, j});
                }
            }
        }
        Adjacency graph = LouvainTest.graph(n, edges);
        long started = System.nanoTime();
        int groups = (int) Arrays.stream(Louvain.communities(graph)).distinct().count();
        double louvain = (System.nanoTime() - started) / 1e6;
        started = System.nanoTime();
        Brokers.betweenness(graph, 2_000, 200);
        double exact = (System.nanoTime() - started) / 1e6;
        System.out.printf(Locale.ROOT, "picture of %d nodes, %d edges: Louvain %.1f ms (%d groups), exact betweenness %.1f ms%n",
                n, edges.size(), louvain, groups, exact);
    }

    private static String spread(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.2f ms, 95th %.2f ms", sorted[sorted.length / 2],
                sorted[sorted.length * 95 / 100]);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
