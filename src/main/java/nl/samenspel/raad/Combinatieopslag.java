package nl.samenspel.raad;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Creates indienerscombinaties, normally in a short transaction of their own, on a connection of their own,
 * committed at once. An import is one long transaction; if it created combinations itself, a second import or a motie
 * entered by hand that needs the same combination would wait for it to end, and two imports could deadlock.
 * A combination is only a set of partijen, so one left unused by a failed import does no harm (a partij
 * that is deleted takes its unused combinations with it, see {@link Instrumenten#verwijderOngebruikteCombinaties}).
 * Keys come sorted, so two of these transactions always take their locks in the same order.
 */
final class Combinatieopslag {

    private static final String BESTAAND = "SELECT sleutel, id FROM indienerscombinatie WHERE gemeente_id = ? AND sleutel = ?";

    private final DataSource bron;
    private final Connection lopend;
    private final JdbcTemplate lopendeJdbc;
    private final boolean postgres;

    private Combinatieopslag(DataSource bron, Connection lopend, JdbcTemplate lopendeJdbc, boolean postgres) {
        this.bron = bron;
        this.lopend = lopend;
        this.lopendeJdbc = lopendeJdbc;
        this.postgres = postgres;
    }

    /** In a transaction of its own: for imports and entry by hand, whose gemeente is committed long before. */
    static Combinatieopslag eigenTransactie(DataSource bron, boolean postgres) {
        return new Combinatieopslag(bron, null, null, postgres);
    }

    /**
     * In the caller's transaction, on this connection (PostgreSQL: the writer's, used from its background
     * thread) or else through the JdbcTemplate on the caller's thread. For the demo, which creates its gemeente
     * in the same transaction, so another connection could not see it yet.
     */
    static Combinatieopslag lopendeTransactie(Connection lopend, JdbcTemplate lopendeJdbc, boolean postgres) {
        return new Combinatieopslag(null, lopend, lopendeJdbc, postgres);
    }

    /** The ids of these combinations (sleutel to sorted partij ids), created where they do not exist yet. */
    Map<String, Long> maak(Long gemeenteId, SortedMap<String, long[]> nieuw) throws SQLException {
        for (int poging = 1; ; poging++) {
            try {
                return maakEenmaal(gemeenteId, nieuw);
            } catch (SQLException e) {
                // H2 has no ON CONFLICT: a concurrent writer that created the same combination first shows as a
                // unique violation; the next attempt finds it.
                if (!"23505".equals(e.getSQLState()) || poging == 3) {
                    throw e;
                }
            }
        }
    }

    private Map<String, Long> maakEenmaal(Long gemeenteId, SortedMap<String, long[]> nieuw) throws SQLException {
        if (lopend != null) {
            return schrijf(lopend, gemeenteId, nieuw);
        }
        if (lopendeJdbc != null) {
            return lopendeJdbc.execute((ConnectionCallback<Map<String, Long>>) con -> schrijf(con, gemeenteId, nieuw));
        }
        try (Connection con = bron.getConnection()) {
            boolean autocommit = con.getAutoCommit();
            con.setAutoCommit(false);
            try {
                Map<String, Long> ids = schrijf(con, gemeenteId, nieuw);
                con.commit();
                return ids;
            } catch (SQLException | RuntimeException e) {
                con.rollback();
                throw e;
            } finally {
                con.setAutoCommit(autocommit);
            }
        }
    }

    private Map<String, Long> schrijf(Connection con, Long gemeenteId, SortedMap<String, long[]> nieuw) throws SQLException {
        return postgres ? opPostgres(con, gemeenteId, nieuw) : elkApart(con, gemeenteId, nieuw);
    }

    /** Three statements for any number of combinations; ON CONFLICT skips one a concurrent import just created. */
    private static Map<String, Long> opPostgres(Connection con, Long gemeenteId, SortedMap<String, long[]> nieuw) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        Object[] sleutels = nieuw.keySet().toArray();
        try (var invoeging = con.prepareStatement("INSERT INTO indienerscombinatie (gemeente_id, sleutel) "
                + "SELECT ?, UNNEST(?::varchar[]) ON CONFLICT (gemeente_id, sleutel) DO NOTHING RETURNING sleutel, id")) {
            invoeging.setLong(1, gemeenteId);
            invoeging.setArray(2, con.createArrayOf("varchar", sleutels));
            lees(invoeging, ids);
        }
        List<Long> combinatieIds = new ArrayList<>();
        List<Long> partijIds = new ArrayList<>();
        ids.forEach((sleutel, id) -> {
            for (long partij : nieuw.get(sleutel)) {
                combinatieIds.add(id);
                partijIds.add(partij);
            }
        });
        if (ids.size() < nieuw.size()) {
            try (var vraag = con.prepareStatement("SELECT sleutel, id FROM indienerscombinatie WHERE gemeente_id = ? AND sleutel = ANY (?)")) {
                vraag.setLong(1, gemeenteId);
                vraag.setArray(2, con.createArrayOf("varchar", sleutels));
                lees(vraag, ids);
            }
        }
        if (!combinatieIds.isEmpty()) {
            try (var partijen = con.prepareStatement("INSERT INTO indienerscombinatie_partij (combinatie_id, partij_id) "
                    + "SELECT * FROM UNNEST(?::bigint[], ?::bigint[])")) {
                partijen.setArray(1, con.createArrayOf("bigint", combinatieIds.toArray()));
                partijen.setArray(2, con.createArrayOf("bigint", partijIds.toArray()));
                partijen.executeUpdate();
            }
        }
        return ids;
    }

    /** H2 is embedded, so a statement per combination costs no round trip. */
    private static Map<String, Long> elkApart(Connection con, Long gemeenteId, SortedMap<String, long[]> nieuw) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (var combinatie : nieuw.entrySet()) {
            String sleutel = combinatie.getKey();
            try (var vraag = con.prepareStatement(BESTAAND)) {
                vraag.setLong(1, gemeenteId);
                vraag.setString(2, sleutel);
                lees(vraag, ids);
            }
            if (ids.containsKey(sleutel)) {
                continue;
            }
            long id;
            try (var invoeging = con.prepareStatement("INSERT INTO indienerscombinatie (gemeente_id, sleutel) VALUES (?, ?)",
                    new String[] {"id"})) {
                invoeging.setLong(1, gemeenteId);
                invoeging.setString(2, sleutel);
                invoeging.executeUpdate();
                try (var sleutels = invoeging.getGeneratedKeys()) {
                    sleutels.next();
                    id = sleutels.getLong(1);
                }
            }
            try (var partij = con.prepareStatement("INSERT INTO indienerscombinatie_partij (combinatie_id, partij_id) VALUES (?, ?)")) {
                for (long partijId : combinatie.getValue()) {
                    partij.setLong(1, id);
                    partij.setLong(2, partijId);
                    partij.addBatch();
                }
                partij.executeBatch();
            }
            ids.put(sleutel, id);
        }
        return ids;
    }

    private static void lees(PreparedStatement opdracht, Map<String, Long> ids) throws SQLException {
        try (var uitslag = opdracht.executeQuery()) {
            while (uitslag.next()) {
                ids.putIfAbsent(uitslag.getString(1), uitslag.getLong(2));
            }
        }
    }
}
