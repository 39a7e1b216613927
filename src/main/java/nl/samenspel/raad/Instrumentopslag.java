package nl.samenspel.raad;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.shared.PostgresKopie;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database side of {@link InstrumentSchrijver}: whether the gemeente has kenmerken, which kenmerken
 * exist, a block of 1000 ids from raadsinstrument_blok, the gemeente's indienerscombinaties, and writing one
 * batch of instruments, each with a reference to its combination of indieners. {@link Kopie} is PostgreSQL: plain JDBC on the transaction's own connection (so a background
 * thread can use it while the parser reads on) with {@code COPY ... FROM STDIN}. {@link Invoeging} is every
 * other database (H2): multi-row INSERTs through the JdbcTemplate.
 */
interface Instrumentopslag {

    /** One instrument of a batch, with its id once the batch is written. */
    record Rij(Instrumentsoort soort, java.time.LocalDate datum, String titel, Uitkomst uitkomst, String kenmerk, long[] partijen) {
    }

    boolean heeftKenmerken(Long gemeenteId) throws SQLException;

    Set<String> bestaand(Long gemeenteId, Collection<String> kenmerken) throws SQLException;

    long blok() throws SQLException;

    /** Writes the batch; {@code combinaties[i]} is the indienerscombinatie of row i, or null. */
    void schrijf(Long gemeenteId, String bron, List<Rij> rijen, long[] ids, Long[] combinaties) throws SQLException;

    /** The gemeente's indienerscombinaties by sleutel. */
    Map<String, Long> combinaties(Long gemeenteId) throws SQLException;

    String KENMERK_AANWEZIG = "SELECT kenmerk FROM raadsinstrument WHERE gemeente_id = ? AND kenmerk IS NOT NULL FETCH FIRST 1 ROWS ONLY";
    String COMBINATIES = "SELECT sleutel, id FROM indienerscombinatie WHERE gemeente_id = ?";

    /** PostgreSQL: COPY through {@link PostgresKopie}. */
    final class Kopie implements Instrumentopslag {
        private final Connection con;

        Kopie(Connection con) {
            this.con = con;
        }

        @Override
        public boolean heeftKenmerken(Long gemeenteId) throws SQLException {
            try (var vraag = con.prepareStatement(KENMERK_AANWEZIG)) {
                vraag.setLong(1, gemeenteId);
                try (var uitslag = vraag.executeQuery()) {
                    return uitslag.next();
                }
            }
        }

        @Override
        public Set<String> bestaand(Long gemeenteId, Collection<String> kenmerken) throws SQLException {
            Set<String> gevonden = new HashSet<>();
            try (var vraag = con.prepareStatement("SELECT kenmerk FROM raadsinstrument WHERE gemeente_id = ? AND kenmerk = ANY (?)")) {
                vraag.setLong(1, gemeenteId);
                vraag.setArray(2, con.createArrayOf("varchar", kenmerken.toArray()));
                try (var uitslag = vraag.executeQuery()) {
                    while (uitslag.next()) {
                        gevonden.add(uitslag.getString(1));
                    }
                }
            }
            return gevonden;
        }

        @Override
        public long blok() throws SQLException {
            try (var vraag = con.prepareStatement("SELECT nextval('raadsinstrument_blok')"); var uitslag = vraag.executeQuery()) {
                uitslag.next();
                return uitslag.getLong(1);
            }
        }

        /** CSV format: an unquoted empty field is NULL, every text is quoted (so '' stays ''). */
        @Override
        public void schrijf(Long gemeenteId, String bron, List<Rij> rijen, long[] ids, Long[] combinaties) throws SQLException {
            StringBuilder instrumenten = new StringBuilder(rijen.size() * 100);
            String vast = "," + gemeenteId + ",";
            String bronTekst = tekst(bron);
            for (int i = 0; i < rijen.size(); i++) {
                Rij rij = rijen.get(i);
                instrumenten.append(ids[i]).append(vast).append(rij.soort().name()).append(',').append(rij.datum()).append(',')
                        .append(tekst(rij.titel())).append(',').append(rij.uitkomst() == null ? "" : rij.uitkomst().name()).append(',')
                        .append(tekst(rij.kenmerk())).append(',').append(bronTekst).append(',')
                        .append(combinaties[i] == null ? "" : combinaties[i]).append('\n');
            }
            kopieer("COPY raadsinstrument (id, gemeente_id, soort, datum, titel, uitkomst, kenmerk, bron, indieners_id) "
                    + "FROM STDIN (FORMAT csv)", instrumenten);
        }

        @Override
        public Map<String, Long> combinaties(Long gemeenteId) throws SQLException {
            Map<String, Long> combinaties = new HashMap<>();
            try (var vraag = con.prepareStatement(COMBINATIES)) {
                vraag.setLong(1, gemeenteId);
                try (var uitslag = vraag.executeQuery()) {
                    while (uitslag.next()) {
                        combinaties.put(uitslag.getString(1), uitslag.getLong(2));
                    }
                }
            }
            return combinaties;
        }

        private static String tekst(String waarde) {
            return waarde == null ? "" : '"' + (waarde.indexOf('"') < 0 ? waarde : waarde.replace("\"", "\"\"")) + '"';
        }

        private void kopieer(String copy, CharSequence csv) throws SQLException {
            if (!csv.isEmpty()) {
                PostgresKopie.in(con, copy, new StringReader(csv.toString()));
            }
        }
    }

    /** H2 (and any other database): one multi-row INSERT per 1000 rows, one round trip each. */
    final class Invoeging implements Instrumentopslag {
        private static final int RIJEN_PER_INSERT = 1000;
        private static final int[] INSTRUMENT = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.BIGINT};
        private final JdbcTemplate jdbc;

        Invoeging(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public boolean heeftKenmerken(Long gemeenteId) {
            return !jdbc.queryForList(KENMERK_AANWEZIG, String.class, gemeenteId).isEmpty();
        }

        @Override
        public Set<String> bestaand(Long gemeenteId, Collection<String> kenmerken) {
            List<Object> parameters = new ArrayList<>(kenmerken.size() + 1);
            parameters.add(gemeenteId);
            parameters.addAll(kenmerken);
            return new HashSet<>(jdbc.queryForList("SELECT kenmerk FROM raadsinstrument WHERE gemeente_id = ? AND kenmerk IN ("
                    + String.join(",", Collections.nCopies(kenmerken.size(), "?")) + ")", String.class, parameters.toArray()));
        }

        @Override
        public long blok() {
            return jdbc.queryForObject("SELECT nextval('raadsinstrument_blok')", Long.class);
        }

        @Override
        public void schrijf(Long gemeenteId, String bron, List<Rij> rijen, long[] ids, Long[] combinaties) {
            List<Object[]> instrumenten = new ArrayList<>(rijen.size());
            for (int i = 0; i < rijen.size(); i++) {
                Rij rij = rijen.get(i);
                instrumenten.add(new Object[] {ids[i], gemeenteId, rij.soort().name(), Date.valueOf(rij.datum()), rij.titel(),
                    rij.uitkomst() == null ? null : rij.uitkomst().name(), rij.kenmerk(), bron, combinaties[i]});
            }
            voegIn("INSERT INTO raadsinstrument (id, gemeente_id, soort, datum, titel, uitkomst, kenmerk, bron, indieners_id) VALUES ",
                    INSTRUMENT, instrumenten);
        }

        @Override
        public Map<String, Long> combinaties(Long gemeenteId) {
            Map<String, Long> combinaties = new HashMap<>();
            jdbc.query(COMBINATIES, rs -> {
                combinaties.put(rs.getString(1), rs.getLong(2));
            }, gemeenteId);
            return combinaties;
        }


        private void voegIn(String insert, int[] typen, List<Object[]> rijen) {
            int kolommen = typen.length;
            String plekken = "(" + String.join(", ", Collections.nCopies(kolommen, "?")) + ")";
            for (int van = 0; van < rijen.size(); van += RIJEN_PER_INSERT) {
                List<Object[]> deel = rijen.subList(van, Math.min(rijen.size(), van + RIJEN_PER_INSERT));
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
    }
}
