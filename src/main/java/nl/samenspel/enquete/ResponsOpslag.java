package nl.samenspel.enquete;

import java.io.StringReader;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspel.shared.PostgresKopie;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Invitations and responses in SQL. A response gets a random UUID (no sequence that follows the
 * order of submission) and only the day; writes are batched. Reports read aggregates only.
 */
@Repository
class ResponsOpslag {

    /** A response to store: answers per question code (1..5). */
    record NieuweRespons(Long metingId, Long afdelingId, LocalDate dag, Map<String, Integer> antwoorden, String opmerking) {
    }

    record Uitnodiging(Long metingId, Long afdelingId) {
    }

    private static final int BATCH = 1_000;
    private static final int RIJEN_PER_INSERT = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate sjabloon;
    private volatile Boolean postgres;

    ResponsOpslag(JdbcClient jdbc, JdbcTemplate sjabloon) {
        this.jdbc = jdbc;
        this.sjabloon = sjabloon;
    }

    void bewaarUitnodigingen(Long metingId, Long afdelingId, List<String> hashes) {
        sjabloon.batchUpdate("INSERT INTO uitnodiging (code_hash, meting_id, afdeling_id) VALUES (?, ?, ?)", hashes, BATCH,
                (ps, hash) -> {
                    ps.setString(1, hash);
                    ps.setLong(2, metingId);
                    ps.setObject(3, afdelingId);
                });
    }

    Optional<Uitnodiging> uitnodiging(String hash) {
        return jdbc.sql("SELECT meting_id, afdeling_id FROM uitnodiging WHERE code_hash = ?").param(hash)
                .query((rs, i) -> new Uitnodiging(rs.getLong(1), (Long) rs.getObject(2, Long.class))).optional();
    }

    /** Uses the invitation up: true when this call deleted it, false when it was already gone. */
    boolean gebruik(String hash) {
        return jdbc.sql("DELETE FROM uitnodiging WHERE code_hash = ?").param(hash).update() == 1;
    }

    /** The invitations among these hashes (at most a few hundred at a time), by hash. */
    Map<String, Uitnodiging> uitnodigingen(Collection<String> hashes) {
        Map<String, Uitnodiging> gevonden = new HashMap<>();
        if (hashes.isEmpty()) {
            return gevonden;
        }
        String vraagtekens = String.join(", ", Collections.nCopies(hashes.size(), "?"));
        jdbc.sql("SELECT code_hash, meting_id, afdeling_id FROM uitnodiging WHERE code_hash IN (" + vraagtekens + ")")
                .params(new ArrayList<>(hashes))
                .query(rs -> {
                    gevonden.put(rs.getString(1), new Uitnodiging(rs.getLong(2), (Long) rs.getObject(3, Long.class)));
                });
        return gevonden;
    }

    /** Uses the invitations up in one batch; per hash true when this call deleted it. */
    boolean[] gebruik(List<String> hashes) {
        int[][] tellingen = sjabloon.batchUpdate("DELETE FROM uitnodiging WHERE code_hash = ?", hashes, BATCH,
                (ps, hash) -> ps.setString(1, hash));
        boolean[] gebruikt = new boolean[hashes.size()];
        int i = 0;
        for (int[] blok : tellingen) {
            for (int telling : blok) {
                gebruikt[i++] = telling == 1;
            }
        }
        return gebruikt;
    }

    /**
     * Locks the meting row until the end of the transaction: closing a meting updates that row, so a
     * close and a batch of submissions never interleave and nothing is stored after the close. On
     * PostgreSQL a shared lock, so concurrent batches do not wait for each other; H2 knows only FOR UPDATE.
     */
    void vergrendel(Long metingId) {
        jdbc.sql("SELECT id FROM meting WHERE id = ? " + (postgres() ? "FOR SHARE" : "FOR UPDATE")).param(metingId).query(Long.class).optional();
    }

    int openUitnodigingen(Long metingId) {
        return jdbc.sql("SELECT COUNT(*) FROM uitnodiging WHERE meting_id = ?").param(metingId).query(Integer.class).single();
    }

    void bewaar(List<NieuweRespons> responsen) {
        List<Object[]> rijen = new ArrayList<>(responsen.size());
        List<Object[]> antwoorden = new ArrayList<>(responsen.size() * 30);
        for (NieuweRespons respons : responsen) {
            UUID id = UUID.randomUUID();
            rijen.add(new Object[] {id, respons.metingId(), respons.afdelingId(), Date.valueOf(respons.dag()), respons.opmerking()});
            respons.antwoorden().forEach((vraag, waarde) ->
                    antwoorden.add(new Object[] {id, respons.metingId(), respons.afdelingId(), vraag, waarde.shortValue()}));
        }
        if (postgres()) {
            kopieer(rijen, antwoorden);
            return;
        }
        // Multi-row INSERTs: one statement and one round trip per block instead of one per row.
        meerdereRijen("INSERT INTO respons (id, meting_id, afdeling_id, ingediend_op, opmerking) VALUES ", "(?, ?, ?, ?, ?)", rijen);
        meerdereRijen("INSERT INTO respons_antwoord (respons_id, meting_id, afdeling_id, vraag, waarde) VALUES ", "(?, ?, ?, ?, ?)", antwoorden);
    }

    /** On PostgreSQL: COPY, which skips parsing and binding thousands of parameters; same rows, same transaction. */
    private void kopieer(List<Object[]> rijen, List<Object[]> antwoorden) {
        StringBuilder responsen = new StringBuilder(rijen.size() * 80);
        for (Object[] rij : rijen) {
            responsen.append(rij[0]).append(',').append(rij[1]).append(',').append(rij[2]).append(',').append(rij[3]).append(',');
            PostgresKopie.veld(responsen, (String) rij[4]);
            responsen.append('\n');
        }
        StringBuilder regels = new StringBuilder(antwoorden.size() * 64);
        for (Object[] antwoord : antwoorden) {
            regels.append(antwoord[0]).append(',').append(antwoord[1]).append(',').append(antwoord[2]).append(',')
                    .append(antwoord[3]).append(',').append(antwoord[4]).append('\n');
        }
        sjabloon.execute((ConnectionCallback<Long>) verbinding -> {
            PostgresKopie.in(verbinding, "COPY respons (id, meting_id, afdeling_id, ingediend_op, opmerking) FROM STDIN (FORMAT csv)",
                    new StringReader(responsen.toString()));
            return PostgresKopie.in(verbinding, "COPY respons_antwoord (respons_id, meting_id, afdeling_id, vraag, waarde) FROM STDIN (FORMAT csv)",
                    new StringReader(regels.toString()));
        });
    }

    private boolean postgres() {
        Boolean bekend = postgres;
        if (bekend == null) {
            bekend = Boolean.TRUE.equals(sjabloon.execute((ConnectionCallback<Boolean>) PostgresKopie::kan));
            postgres = bekend;
        }
        return bekend;
    }

    private void meerdereRijen(String insert, String rij, List<Object[]> rijen) {
        for (int i = 0; i < rijen.size(); i += RIJEN_PER_INSERT) {
            List<Object[]> blok = rijen.subList(i, Math.min(rijen.size(), i + RIJEN_PER_INSERT));
            sjabloon.update(insert + String.join(", ", Collections.nCopies(blok.size(), rij)),
                    blok.stream().flatMap(Arrays::stream).toArray());
        }
    }

    int aantal(Long metingId) {
        return jdbc.sql("SELECT COUNT(*) FROM respons WHERE meting_id = ?").param(metingId).query(Integer.class).single();
    }

    Map<Long, Integer> respondentenPerAfdeling(Long metingId) {
        Map<Long, Integer> aantallen = new HashMap<>();
        jdbc.sql("SELECT afdeling_id, COUNT(*) FROM respons WHERE meting_id = ? GROUP BY afdeling_id").param(metingId)
                .query(rs -> {
                    aantallen.put(rs.getLong(1), rs.getInt(2));
                });
        return aantallen;
    }

    /** Per afdeling, per question, the counts of the answers 1..5: aggregated by the database. */
    Map<Long, Map<String, int[]>> tellingen(Long metingId) {
        Map<Long, Map<String, int[]>> tellingen = new HashMap<>();
        jdbc.sql("SELECT afdeling_id, vraag, waarde, COUNT(*) FROM respons_antwoord WHERE meting_id = ? "
                        + "GROUP BY afdeling_id, vraag, waarde").param(metingId)
                .query(rs -> {
                    int[] telling = tellingen.computeIfAbsent(rs.getLong(1), a -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), v -> new int[Instrument.SCHAALPUNTEN]);
                    telling[rs.getInt(3) - 1] = rs.getInt(4);
                });
        return tellingen;
    }

    int aantalOpmerkingen(Long metingId) {
        return jdbc.sql("SELECT COUNT(*) FROM respons WHERE meting_id = ? AND opmerking IS NOT NULL").param(metingId)
                .query(Integer.class).single();
    }

    /** Sorted by text, never by storage order, so the list says nothing about who wrote first. */
    List<String> opmerkingen(Long metingId) {
        return jdbc.sql("SELECT opmerking FROM respons WHERE meting_id = ? AND opmerking IS NOT NULL ORDER BY opmerking")
                .param(metingId).query(String.class).list();
    }
}
