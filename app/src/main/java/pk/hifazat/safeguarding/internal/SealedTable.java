package pk.hifazat.safeguarding.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.privacy.SealedRecords;

/**
 * One of safeguarding's tables with sealed columns, for key rotation: a batch of rows read in id
 * order, each sealed column re-sealed (bound to the row's id and the column's field name) and written
 * back only where it changed, one transaction a batch.
 */
final class SealedTable implements SealedRecords {

    private final String name;
    private final String table;
    private final Map<String, String> fields;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    /** @param fields each sealed column and the field name its values are bound to */
    SealedTable(String name, String table, Map<String, String> fields, JdbcClient jdbc, TransactionTemplate transactions) {
        this.name = name;
        this.table = table;
        this.fields = Map.copyOf(fields);
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Override
    public Optional<UUID> resealAfter(UUID after, int limit, Resealing resealing) {
        List<String> columns = List.copyOf(fields.keySet());
        String select = "SELECT id, " + String.join(", ", columns) + " FROM " + table
                + (after == null ? "" : " WHERE id > ?") + " ORDER BY id LIMIT ? FOR UPDATE";
        String update = "UPDATE " + table + " SET " + String.join(", ", columns.stream().map(c -> c + " = ?").toList())
                + " WHERE id = ?";
        return transactions.execute(status -> {
            var query = jdbc.sql(select);
            if (after != null) {
                query = query.param(after);
            }
            List<Object[]> rows = query.param(limit).query((rs, n) -> {
                Object[] row = new Object[columns.size() + 1];
                row[0] = rs.getObject(1, UUID.class);
                for (int i = 0; i < columns.size(); i++) {
                    row[i + 1] = rs.getBytes(i + 2);
                }
                return row;
            }).list();
            for (Object[] row : rows) {
                UUID id = (UUID) row[0];
                List<Object> values = new ArrayList<>();
                boolean changed = false;
                for (int i = 0; i < columns.size(); i++) {
                    byte[] sealed = (byte[]) row[i + 1];
                    byte[] resealed = resealing.reseal(sealed, id, fields.get(columns.get(i)));
                    changed |= !Arrays.equals(resealed, sealed);
                    values.add(resealed);
                }
                if (changed) {
                    values.add(id);
                    jdbc.sql(update).params(values).update();
                }
            }
            return rows.isEmpty() ? Optional.<UUID>empty() : Optional.of((UUID) rows.getLast()[0]);
        });
    }
}
