package nl.samenspel.raad;

import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes instruments in JDBC batches of {@value #BATCH}: ids come in blocks of 1000 from the
 * sequence raadsinstrument_blok, so instruments and their indieners go in two plain batches
 * without reading generated keys back. A kenmerk already present (in the database or earlier
 * in the same import) is skipped and counted, so importing the same export twice adds nothing.
 * Runs inside the caller's transaction: an import that fails later rolls all batches back.
 * On PostgreSQL the rows go in with {@code COPY ... FROM STDIN} through the driver's CopyManager
 * (found by reflection, the driver is a runtime dependency); on H2 with multi-row INSERTs.
 * The duplicate check is one query per batch.
 */
final class InstrumentSchrijver {

    static final int BATCH = 1000;
    static final int RIJEN_PER_INSERT = 1000;
    static final int MAX_IN_GEHEUGEN = 200_000;
    private static final int[] INSTRUMENT = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR};
    private static final int[] INDIENER = {Types.BIGINT, Types.BIGINT};

    private final JdbcTemplate jdbc;
    private final Long gemeenteId;
    private final String bron;
    private final List<Object[]> instrumenten = new ArrayList<>();
    private final List<Object[]> indieners = new ArrayList<>();
    private final Map<String, Integer> kenmerkenInBatch = new HashMap<>();
    private final boolean postgres;
    /** Kenmerken written by this import, kept only while the gemeente had none before it (then the database has no others). */
    private Set<String> geschreven;
    private boolean eersteBatch = true;
    private long volgendeId;
    private long laatsteVanBlok = -1;
    private int toegevoegd;
    private int overgeslagen;

    InstrumentSchrijver(JdbcTemplate jdbc, Long gemeenteId, String bron) {
        this.jdbc = jdbc;
        this.gemeenteId = gemeenteId;
        this.bron = bron;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) con ->
                "PostgreSQL".equalsIgnoreCase(con.getMetaData().getDatabaseProductName())));
    }

    void voegToe(Instrumentsoort soort, LocalDate datum, String titel, Uitkomst uitkomst, String kenmerk, Set<Long> partijen) {
        if (kenmerk != null && kenmerkenInBatch.putIfAbsent(kenmerk, instrumenten.size()) != null) {
            overgeslagen++;
            return;
        }
        long id = nieuwId();
        instrumenten.add(new Object[] {id, gemeenteId, soort.name(), Date.valueOf(datum), titel,
            uitkomst == null ? null : uitkomst.name(), kenmerk, bron});
        for (Long partij : new HashSet<>(partijen)) {
            indieners.add(new Object[] {id, partij});
        }
        if (instrumenten.size() >= BATCH) {
            schrijf();
        }
    }

    /** Sends what is pending; call once at the end. */
    void schrijf() {
        if (instrumenten.isEmpty()) {
            return;
        }
        if (eersteBatch) {
            eersteBatch = false;
            geschreven = jdbc.queryForList("SELECT kenmerk FROM raadsinstrument WHERE gemeente_id = ? AND kenmerk IS NOT NULL "
                    + "FETCH FIRST 1 ROWS ONLY", String.class, gemeenteId).isEmpty() ? new HashSet<>() : null;
        }
        Set<String> bestaand = bestaandeKenmerken();
        List<Object[]> nieuw = new ArrayList<>();
        Set<Long> weggelaten = new HashSet<>();
        for (Object[] rij : instrumenten) {
            if (rij[6] != null && bestaand.contains((String) rij[6])) {
                weggelaten.add((Long) rij[0]);
                overgeslagen++;
            } else {
                nieuw.add(rij);
            }
        }
        List<Object[]> nieuweIndieners = weggelaten.isEmpty() ? indieners
                : indieners.stream().filter(r -> !weggelaten.contains((Long) r[0])).toList();
        if (postgres) {
            kopieer("COPY raadsinstrument (id, gemeente_id, soort, datum, titel, uitkomst, kenmerk, bron) FROM STDIN (FORMAT csv)", nieuw);
            kopieer("COPY raadsinstrument_indiener (instrument_id, partij_id) FROM STDIN (FORMAT csv)", nieuweIndieners);
        } else {
            voegIn("INSERT INTO raadsinstrument (id, gemeente_id, soort, datum, titel, uitkomst, kenmerk, bron) VALUES ", INSTRUMENT, nieuw);
            voegIn("INSERT INTO raadsinstrument_indiener (instrument_id, partij_id) VALUES ", INDIENER, nieuweIndieners);
        }
        toegevoegd += nieuw.size();
        if (geschreven != null) {
            for (Object[] rij : nieuw) {
                if (rij[6] != null) {
                    geschreven.add((String) rij[6]);
                }
            }
            if (geschreven.size() > MAX_IN_GEHEUGEN) {
                geschreven = null; // a very large file: from here on the database answers, so memory stays flat
            }
        }
        instrumenten.clear();
        indieners.clear();
        kenmerkenInBatch.clear();
    }

    /**
     * One multi-row INSERT per {@value #RIJEN_PER_INSERT} rows: a single round trip on PostgreSQL and H2
     * alike (a JDBC batch of single-row inserts costs one round trip per row on PostgreSQL unless the
     * driver rewrites it).
     */
    private void voegIn(String insert, int[] typen, List<Object[]> rijen) {
        int kolommen = typen.length;
        for (int van = 0; van < rijen.size(); van += RIJEN_PER_INSERT) {
            List<Object[]> deel = rijen.subList(van, Math.min(rijen.size(), van + RIJEN_PER_INSERT));
            String plekken = "(" + String.join(", ", java.util.Collections.nCopies(kolommen, "?")) + ")";
            StringBuilder sql = new StringBuilder(insert);
            Object[] waarden = new Object[deel.size() * kolommen];
            int[] alleTypen = new int[waarden.length];
            for (int i = 0; i < deel.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(plekken);
                System.arraycopy(deel.get(i), 0, waarden, i * kolommen, kolommen);
                System.arraycopy(typen, 0, alleTypen, i * kolommen, kolommen);
            }
            jdbc.update(sql.toString(), waarden, alleTypen);
        }
    }

    /** One query per batch: the kenmerken of this batch that this gemeente already has (earlier batches included). */
    private Set<String> bestaandeKenmerken() {
        if (kenmerkenInBatch.isEmpty()) {
            return Set.of();
        }
        if (geschreven != null) {
            Set<String> bestaand = new HashSet<>();
            for (String kenmerk : kenmerkenInBatch.keySet()) {
                if (geschreven.contains(kenmerk)) {
                    bestaand.add(kenmerk);
                }
            }
            return bestaand;
        }
        List<String> alle = new ArrayList<>(kenmerkenInBatch.keySet());
        if (postgres) {
            return new HashSet<>(jdbc.execute((ConnectionCallback<List<String>>) con -> {
                try (var vraag = con.prepareStatement("SELECT kenmerk FROM raadsinstrument WHERE gemeente_id = ? AND kenmerk = ANY (?)")) {
                    vraag.setLong(1, gemeenteId);
                    vraag.setArray(2, con.createArrayOf("varchar", alle.toArray()));
                    List<String> gevonden = new ArrayList<>();
                    try (var uitslag = vraag.executeQuery()) {
                        while (uitslag.next()) {
                            gevonden.add(uitslag.getString(1));
                        }
                    }
                    return gevonden;
                }
            }));
        }
        String vraagtekens = String.join(",", java.util.Collections.nCopies(alle.size(), "?"));
        List<Object> parameters = new ArrayList<>(alle.size() + 1);
        parameters.add(gemeenteId);
        parameters.addAll(alle);
        return new HashSet<>(jdbc.queryForList("SELECT kenmerk FROM raadsinstrument WHERE gemeente_id = ? AND kenmerk IN ("
                + vraagtekens + ")", String.class, parameters.toArray()));
    }

    /** PostgreSQL COPY in CSV format: unquoted empty field is NULL, every text is quoted (so '' stays ''). */
    private void kopieer(String copy, List<Object[]> rijen) {
        if (rijen.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(rijen.size() * 128);
        for (Object[] rij : rijen) {
            for (int i = 0; i < rij.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object waarde = rij[i];
                if (waarde instanceof String tekst) {
                    csv.append('"').append(tekst.replace("\"", "\"\"")).append('"');
                } else if (waarde != null) {
                    csv.append(waarde);
                }
            }
            csv.append('\n');
        }
        jdbc.execute((ConnectionCallback<Long>) con -> Kopie.in(con, copy, new StringReader(csv.toString())));
    }

    /** The driver's CopyManager, by reflection: the PostgreSQL driver is on the runtime classpath only. */
    private static final class Kopie {
        private static Class<?> pgConnection;
        private static Method copyApi;
        private static Method copyIn;

        static synchronized Long in(Connection con, String copy, Reader gegevens) throws SQLException {
            try {
                if (pgConnection == null) {
                    pgConnection = Class.forName("org.postgresql.PGConnection");
                    copyApi = pgConnection.getMethod("getCopyAPI");
                    copyIn = Class.forName("org.postgresql.copy.CopyManager").getMethod("copyIn", String.class, Reader.class);
                }
                Object manager = copyApi.invoke(con.unwrap(pgConnection));
                return (Long) copyIn.invoke(manager, copy, gegevens);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new IllegalStateException("COPY mislukt: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("de PostgreSQL-driver biedt geen COPY: " + e, e);
            }
        }
    }

    private long nieuwId() {
        if (volgendeId > laatsteVanBlok) {
            Long blok = jdbc.queryForObject("SELECT nextval('raadsinstrument_blok')", Long.class);
            volgendeId = blok * 1000;
            laatsteVanBlok = volgendeId + 999;
        }
        return volgendeId++;
    }

    int toegevoegd() {
        return toegevoegd;
    }

    int overgeslagen() {
        return overgeslagen;
    }
}
