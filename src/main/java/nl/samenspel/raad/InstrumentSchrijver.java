package nl.samenspel.raad;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes instruments in JDBC batches of {@value #BATCH}: ids come in blocks of 1000 from the
 * sequence raadsinstrument_blok, so instruments and their indieners go in two plain batches
 * without reading generated keys back. A kenmerk already present (in the database or earlier
 * in the same import) is skipped and counted, so importing the same export twice adds nothing.
 * Runs inside the caller's transaction: an import that fails later rolls all batches back.
 */
final class InstrumentSchrijver {

    static final int BATCH = 1000;
    static final int RIJEN_PER_INSERT = 1000;
    private static final int[] INSTRUMENT = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR};
    private static final int[] INDIENER = {Types.BIGINT, Types.BIGINT};

    private final JdbcTemplate jdbc;
    private final Long gemeenteId;
    private final String bron;
    private final List<Object[]> instrumenten = new ArrayList<>();
    private final List<Object[]> indieners = new ArrayList<>();
    private final Map<String, Integer> kenmerkenInBatch = new HashMap<>();
    private long volgendeId;
    private long laatsteVanBlok = -1;
    private int toegevoegd;
    private int overgeslagen;

    InstrumentSchrijver(JdbcTemplate jdbc, Long gemeenteId, String bron) {
        this.jdbc = jdbc;
        this.gemeenteId = gemeenteId;
        this.bron = bron;
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
        voegIn("INSERT INTO raadsinstrument (id, gemeente_id, soort, datum, titel, uitkomst, kenmerk, bron) VALUES ", INSTRUMENT, nieuw);
        voegIn("INSERT INTO raadsinstrument_indiener (instrument_id, partij_id) VALUES ", INDIENER,
                indieners.stream().filter(r -> !weggelaten.contains((Long) r[0])).toList());
        toegevoegd += nieuw.size();
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

    private Set<String> bestaandeKenmerken() {
        if (kenmerkenInBatch.isEmpty()) {
            return Set.of();
        }
        Set<String> bestaand = new HashSet<>();
        List<String> alle = new ArrayList<>(kenmerkenInBatch.keySet());
        for (int van = 0; van < alle.size(); van += 500) {
            List<String> deel = alle.subList(van, Math.min(alle.size(), van + 500));
            String vraagtekens = String.join(",", java.util.Collections.nCopies(deel.size(), "?"));
            List<Object> parameters = new ArrayList<>();
            parameters.add(gemeenteId);
            parameters.addAll(deel);
            bestaand.addAll(jdbc.queryForList("SELECT kenmerk FROM raadsinstrument WHERE gemeente_id = ? AND kenmerk IN ("
                    + vraagtekens + ")", String.class, parameters.toArray()));
        }
        return bestaand;
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
