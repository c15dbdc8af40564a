package pk.hifazat.privacy;

import java.nio.ByteBuffer;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The {@link SealedRecords} of a table with a uuid {@code id} whose sealed columns are bound to the
 * row's own id or to another uuid column of it: what a module declares, with its own table's name,
 * so that its rows take part in a key rotation. Each batch is one short transaction that locks its rows ({@code FOR UPDATE}),
 * so an edit made meanwhile waits a moment instead of being overwritten with the old text, and
 * writes only the rows that had a field under another key, in one JDBC batch.
 */
public final class SealedColumns implements SealedRecords {

    private static final Pattern SQL_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final String name;
    private final JdbcTemplate jdbc;
    private final TransactionOperations transactions;
    private final String table;
    private final String ownerColumn;
    private final Map<String, String> fields;
    private final String update;
    private final int[] updateTypes;

    /**
     * Columns sealed to the row's own id.
     *
     * @param name           what these rows are, for the progress ("intake: reports")
     * @param table          the table, whose primary key is {@code id} (uuid)
     * @param fieldsByColumn each sealed column and the field name it was sealed with
     */
    public SealedColumns(String name, JdbcTemplate jdbc, TransactionOperations transactions, String table,
                         Map<String, String> fieldsByColumn) {
        this(name, jdbc, transactions, table, "id", fieldsByColumn);
    }

    /**
     * Columns sealed to another uuid column of the row (a child's details bound to the child's id in a
     * table of its own), walked in the order of the table's {@code id}.
     *
     * @param ownerColumn the uuid column whose value the fields were sealed to
     */
    public SealedColumns(String name, JdbcTemplate jdbc, TransactionOperations transactions, String table,
                         String ownerColumn, Map<String, String> fieldsByColumn) {
        if (!SQL_NAME.matcher(table).matches() || !SQL_NAME.matcher(ownerColumn).matches() || fieldsByColumn.isEmpty()
                || !fieldsByColumn.keySet().stream().allMatch(column -> SQL_NAME.matcher(column).matches())) {
            throw new IllegalArgumentException("Sealed columns are named by plain lower-case SQL names: " + table
                    + " " + ownerColumn + " " + fieldsByColumn.keySet());
        }
        this.name = name;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.fields = new LinkedHashMap<>(fieldsByColumn);
        this.update = "UPDATE " + table + " SET " + fields.keySet().stream().map(column -> column + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE id = ?";
        this.updateTypes = new int[fields.size() + 1];
        Arrays.fill(updateTypes, Types.BINARY);
        updateTypes[fields.size()] = Types.OTHER;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long count() {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    @Override
    public OptionalLong countUnderOtherKeys(int fingerprint) {
        String underOther = fields.keySet().stream()
                .map(column -> "(" + column + " IS NOT NULL AND substring(" + column + " from 2 for 4) <> ?)")
                .collect(Collectors.joining(" OR "));
        byte[] key = ByteBuffer.allocate(4).putInt(fingerprint).array();
        return OptionalLong.of(jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + underOther, Long.class,
                Collections.nCopies(fields.size(), key).toArray()));
    }

    @Override
    public Optional<UUID> resealAfter(UUID after, int limit, Resealing resealing) {
        String select = "SELECT id, " + ownerColumn + ", " + String.join(", ", fields.keySet()) + " FROM " + table
                + (after == null ? "" : " WHERE id > ?") + " ORDER BY id LIMIT ? FOR UPDATE";
        Object[] arguments = after == null ? new Object[] {limit} : new Object[] {after, limit};
        return transactions.execute(status -> {
            List<Row> rows = jdbc.query(select, (rs, n) -> {
                List<byte[]> sealed = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    sealed.add(rs.getBytes(i + 3));
                }
                return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), sealed);
            }, arguments);
            List<Object[]> updates = new ArrayList<>();
            for (Row row : rows) {
                resealed(row, resealing).ifPresent(updates::add);
            }
            if (!updates.isEmpty()) {
                jdbc.batchUpdate(update, updates, updateTypes);
            }
            return rows.isEmpty() ? Optional.<UUID>empty() : Optional.of(rows.getLast().id());
        });
    }

    /** The update's arguments (each column, then the id), or empty when every field was under the current key already. */
    private Optional<Object[]> resealed(Row row, Resealing resealing) {
        Object[] arguments = new Object[fields.size() + 1];
        boolean changed = false;
        int i = 0;
        for (String field : fields.values()) {
            byte[] sealed = row.sealed().get(i);
            byte[] resealed = resealing.reseal(sealed, row.owner(), field);
            changed |= resealed != sealed;
            arguments[i++] = resealed;
        }
        arguments[i] = row.id();
        return changed ? Optional.of(arguments) : Optional.empty();
    }

    private record Row(UUID id, UUID owner, List<byte[]> sealed) {
    }
}
