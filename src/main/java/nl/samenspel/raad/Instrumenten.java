package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Moties, amendementen and vragen in SQL: reading a period for the reports, counting, listing, deleting. */
@Repository
class Instrumenten {

    private final JdbcClient jdbc;

    Instrumenten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All instruments dated within [van, tot] (both inclusive), with their indieners, oldest first. */
    List<Indiening> indieningen(Long gemeenteId, LocalDate van, LocalDate tot) {
        List<Indiening> indieningen = new ArrayList<>();
        long[] huidig = {-1};
        Object[] kop = new Object[3];
        Set<Long> indieners = new HashSet<>();
        jdbc.sql("""
                SELECT i.id, i.soort, i.datum, i.uitkomst, c.partij_id FROM raadsinstrument i
                JOIN indienerscombinatie_partij c ON c.combinatie_id = i.indieners_id
                WHERE i.gemeente_id = ? AND i.datum BETWEEN ? AND ? ORDER BY i.datum, i.id""")
                .params(gemeenteId, van, tot)
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (id != huidig[0]) {
                        voegToe(indieningen, kop, indieners);
                        huidig[0] = id;
                        kop[0] = Instrumentsoort.valueOf(rs.getString(2));
                        kop[1] = rs.getObject(3, LocalDate.class);
                        String uitkomst = rs.getString(4);
                        kop[2] = uitkomst == null ? null : Uitkomst.valueOf(uitkomst);
                        indieners.clear();
                    }
                    indieners.add(rs.getLong(5));
                });
        voegToe(indieningen, kop, indieners);
        return indieningen;
    }

    private static void voegToe(List<Indiening> indieningen, Object[] kop, Set<Long> indieners) {
        if (kop[0] != null && !indieners.isEmpty()) {
            indieningen.add(new Indiening((Instrumentsoort) kop[0], (LocalDate) kop[1], (Uitkomst) kop[2], indieners));
        }
    }

    Map<Instrumentsoort, Integer> aantallen(Long gemeenteId) {
        Map<Instrumentsoort, Integer> aantallen = new EnumMap<>(Instrumentsoort.class);
        for (Instrumentsoort soort : Instrumentsoort.values()) {
            aantallen.put(soort, 0);
        }
        jdbc.sql("SELECT soort, COUNT(*) FROM raadsinstrument WHERE gemeente_id = ? GROUP BY soort").param(gemeenteId)
                .query(rs -> {
                    aantallen.put(Instrumentsoort.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return aantallen;
    }

    /** A page of instruments, newest first, with the names of their indieners. */
    List<Regel> pagina(Long gemeenteId, int pagina, int grootte) {
        return jdbc.sql("""
                SELECT i.id, i.soort, i.datum, i.titel, i.uitkomst, i.kenmerk, i.bron,
                       (SELECT STRING_AGG(p.naam, ', ' ORDER BY p.naam) FROM indienerscombinatie_partij c
                        JOIN partij p ON p.id = c.partij_id WHERE c.combinatie_id = i.indieners_id) AS indieners
                FROM raadsinstrument i WHERE i.gemeente_id = ? ORDER BY i.datum DESC, i.id DESC LIMIT ? OFFSET ?""")
                .params(gemeenteId, grootte, pagina * grootte)
                .query((rs, n) -> new Regel(rs.getLong(1), Instrumentsoort.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getString(5) == null ? null : Uitkomst.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /**
     * Removes every instrument of the gemeente (before a fresh import). The indienerscombinaties stay: an
     * import running meanwhile may still use them, and the fresh import will reuse most of them.
     */
    @Transactional
    int verwijderAlle(Long gemeenteId) {
        return jdbc.sql("DELETE FROM raadsinstrument WHERE gemeente_id = ?").param(gemeenteId).update();
    }

    /** Removes the combinations with this partij that no instrument uses, so that the partij can be deleted. */
    void verwijderOngebruikteCombinaties(Long partijId) {
        jdbc.sql("""
                DELETE FROM indienerscombinatie
                WHERE id IN (SELECT combinatie_id FROM indienerscombinatie_partij WHERE partij_id = ?)
                AND NOT EXISTS (SELECT 1 FROM raadsinstrument i WHERE i.indieners_id = indienerscombinatie.id)""")
                .param(partijId).update();
    }

    int aantalMetPartij(Long partijId) {
        return jdbc.sql("SELECT COUNT(*) FROM raadsinstrument i JOIN indienerscombinatie_partij p ON p.combinatie_id = i.indieners_id "
                + "WHERE p.partij_id = ?").param(partijId).query(Integer.class).single();
    }

    record Regel(long id, Instrumentsoort soort, LocalDate datum, String titel, Uitkomst uitkomst, String kenmerk, String bron,
            String indieners) {
    }
}
