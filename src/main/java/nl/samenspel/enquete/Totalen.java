package nl.samenspel.enquete;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The totals of closed metingen for the comparison across gemeenten: per meting the respondents
 * and the counts per question and answer for the whole gemeente, aggregated once by the database.
 * A closed meting never changes (intake and import refuse it), so the totals stay true.
 */
@Repository
class Totalen {

    /** A gemeente's latest closed meting that has totals. */
    record Laatste(Long gemeenteId, Long metingId, LocalDate einddatum, int responsen, int minimaleGroep) {
    }

    private final JdbcClient jdbc;

    Totalen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the totals of a closed meting; a second call for the same meting changes nothing. The
     * meting row is locked first, so two first calls run one after the other.
     */
    void legVast(Long metingId) {
        // Waits for an intake batch or import that still holds the meting, and for a concurrent legVast.
        jdbc.sql("SELECT id FROM meting WHERE id = ? FOR UPDATE").param(metingId).query(Long.class).optional();
        boolean al = jdbc.sql("SELECT COUNT(*) FROM meting_samenvatting WHERE meting_id = ?").param(metingId)
                .query(Integer.class).single() > 0;
        if (al) {
            return;
        }
        jdbc.sql("INSERT INTO meting_samenvatting (meting_id, responsen) SELECT ?, COUNT(*) FROM respons WHERE meting_id = ?")
                .params(metingId, metingId).update();
        jdbc.sql("INSERT INTO meting_totaal (meting_id, vraag, waarde, aantal) SELECT meting_id, vraag, waarde, COUNT(*) "
                + "FROM respons_antwoord WHERE meting_id = ? GROUP BY meting_id, vraag, waarde").param(metingId).update();
    }

    /** Metingen of taking-part gemeenten that are closed (or past their end date) but have no totals yet. */
    List<Long> zonderTotalen(LocalDate vandaag) {
        return jdbc.sql("SELECT m.id FROM meting m JOIN enquete_vergelijking_deelname d ON d.gemeente_id = m.gemeente_id "
                        + "WHERE (m.status = 'GESLOTEN' OR (m.status = 'OPEN' AND m.einddatum < ?)) "
                        + "AND NOT EXISTS (SELECT 1 FROM meting_samenvatting s WHERE s.meting_id = m.id) ORDER BY m.id")
                .param(Date.valueOf(vandaag)).query(Long.class).list();
    }

    /**
     * Per taking-part gemeente its latest meting with totals that counts in the comparison (enough
     * responses); when none counts, its latest meting, so the page can say why it is missing.
     */
    List<Laatste> laatste() {
        Map<Long, Laatste> perGemeente = new HashMap<>();
        jdbc.sql("SELECT m.gemeente_id, m.id, m.einddatum, s.responsen, i.minimale_groep FROM meting m "
                        + "JOIN meting_samenvatting s ON s.meting_id = m.id "
                        + "JOIN enquete_vergelijking_deelname d ON d.gemeente_id = m.gemeente_id "
                        + "LEFT JOIN enquete_instelling i ON i.gemeente_id = m.gemeente_id")
                .query(rs -> {
                    int minimaleGroep = rs.getObject(5) == null ? Anonimiteitsdrempel.STANDAARD : rs.getInt(5);
                    Laatste kandidaat = new Laatste(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getInt(4), minimaleGroep);
                    perGemeente.merge(kandidaat.gemeenteId(), kandidaat, (a, b) -> later(a, b) ? a : b);
                });
        return new ArrayList<>(perGemeente.values());
    }

    private static boolean later(Laatste a, Laatste b) {
        boolean aTelt = Vergelijking.telt(a.responsen(), a.minimaleGroep());
        boolean bTelt = Vergelijking.telt(b.responsen(), b.minimaleGroep());
        if (aTelt != bTelt) {
            return aTelt;
        }
        int datum = a.einddatum().compareTo(b.einddatum());
        return datum != 0 ? datum > 0 : a.metingId() > b.metingId();
    }

    /** Counts per meting, question code and answer 1..5. */
    Map<Long, Map<String, int[]>> tellingen(List<Long> metingIds) {
        Map<Long, Map<String, int[]>> tellingen = new HashMap<>();
        for (int i = 0; i < metingIds.size(); i += 500) {
            List<Long> blok = metingIds.subList(i, Math.min(metingIds.size(), i + 500));
            jdbc.sql("SELECT meting_id, vraag, waarde, aantal FROM meting_totaal WHERE meting_id IN ("
                            + String.join(", ", Collections.nCopies(blok.size(), "?")) + ")")
                    .params(new ArrayList<>(blok))
                    .query(rs -> {
                        int[] telling = tellingen.computeIfAbsent(rs.getLong(1), m -> new HashMap<>())
                                .computeIfAbsent(rs.getString(2), v -> new int[Instrument.SCHAALPUNTEN]);
                        telling[rs.getInt(3) - 1] = rs.getInt(4);
                    });
        }
        return tellingen;
    }

    boolean neemtDeel(Long gemeenteId) {
        return jdbc.sql("SELECT COUNT(*) FROM enquete_vergelijking_deelname WHERE gemeente_id = ?").param(gemeenteId)
                .query(Integer.class).single() > 0;
    }

    void zetDeelname(Long gemeenteId, boolean deelnemen, LocalDate vandaag) {
        jdbc.sql("DELETE FROM enquete_vergelijking_deelname WHERE gemeente_id = ?").param(gemeenteId).update();
        if (deelnemen) {
            jdbc.sql("INSERT INTO enquete_vergelijking_deelname (gemeente_id, sinds) VALUES (?, ?)")
                    .params(gemeenteId, Date.valueOf(vandaag)).update();
        }
    }

    int deelnemers() {
        return jdbc.sql("SELECT COUNT(*) FROM enquete_vergelijking_deelname").query(Integer.class).single();
    }
}
