package pk.hifazat.privacy;

import java.nio.ByteBuffer;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The {@link SealedRecords} of a table whose sealed columns are each bound to the row's own
 * {@code id} (uuid): what a module declares, with its own table's name, so that its rows take part
 * in a key rotation. Each batch is one short transaction that locks its rows ({@code FOR UPDATE}),
 * so an edit made meanwhile waits a moment instead of being overwritten with the old text.
 */
public final class SealedColumns implements SealedRecords {

    private static final Pattern SQL_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final String name;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final String table;
    private final Map<String, String> fields;

    /**
     * @param name           what these rows are, for the progress ("intake: reports")
     * @param table          the table, whose primary key is {@code id}
     * @param fieldsByColumn each sealed column and the field name it was sealed with
     */
    public SealedColumns(String name, JdbcClient jdbc, TransactionOperations transactions, String table,
                         Map<String, String> fieldsByColumn) {
        if (!SQL_NAME.matcher(table).matches() || fieldsByColumn.isEmpty()
                || !fieldsByColumn.keySet().stream().allMatch(column -> SQL_NAME.matcher(column).matches())) {
            throw new IllegalArgumentException("Sealed columns are named by plain lower-case SQL names: " + table
                    + " " + fieldsByColumn.keySet());
        }
        this.name = name;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.table = table;
        this.fields = new LinkedHashMap<>(fieldsByColumn);
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
    public OptionalLong countUnderOtherKeys(int fingerprint) {
        String underOther = fields.keySet().stream()
                .map(column -> "(" + column + " IS NOT NULL AND substring(" + column + " from 2 for 4) <> :key)")
                .collect(Collectors.joining(" OR "));
        return OptionalLong.of(jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + underOther)
                .param("key", ByteBuffer.allocate(4).putInt(fingerprint).array()).query(Long.class).single());
    }

    @Override
    public Optional<UUID> resealAfter(UUID after, int limit, Resealing resealing) {
        String columns = String.join(", ", fields.keySet());
        String assignments = fields.keySet().stream().map(column -> column + " = :" + column)
                .collect(Collectors.joining(", "));
        return transactions.execute(status -> {
            var select = jdbc.sql("SELECT id, " + columns + " FROM " + table + (after == null ? "" : " WHERE id > :after")
                    + " ORDER BY id LIMIT :limit FOR UPDATE").param("limit", limit);
            List<Row> rows = (after == null ? select : select.param("after", after))
                    .query((rs, n) -> {
                        List<byte[]> sealed = new ArrayList<>();
                        for (int i = 0; i < fields.size(); i++) {
                            sealed.add(rs.getBytes(i + 2));
                        }
                        return new Row(rs.getObject(1, UUID.class), sealed);
                    }).list();
            for (Row row : rows) {
                write(row, resealing, assignments);
            }
            return rows.isEmpty() ? Optional.<UUID>empty() : Optional.of(rows.getLast().id());
        });
    }

    private void write(Row row, Resealing resealing, String assignments) {
        var update = jdbc.sql("UPDATE " + table + " SET " + assignments + " WHERE id = :id").param("id", row.id());
        boolean changed = false;
        int i = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            byte[] sealed = row.sealed().get(i++);
            byte[] resealed = resealing.reseal(sealed, row.id(), field.getValue());
            changed |= resealed != sealed;
            update = update.param(field.getKey(), new SqlParameterValue(Types.BINARY, resealed));
        }
        if (changed) {
            update.update();
        }
    }

    private record Row(UUID id, List<byte[]> sealed) {
    }
}
