package nl.samenspel.raad;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.samenspel.raad.Instrumentopslag.Rij;

/**
 * The indienerscombinatie ids of one writer: the gemeente's existing combinations are read once, the new
 * ones of a batch are created together by {@link Combinatieopslag} (a gemeente has a few hundred at most, so
 * they stay in memory).
 */
final class Indienerscombinaties {

    private final Long gemeenteId;
    private final Instrumentopslag opslag;
    private final Combinatieopslag nieuwe;
    private Map<String, Long> bekend;

    Indienerscombinaties(Long gemeenteId, Instrumentopslag opslag, Combinatieopslag nieuwe) {
        this.gemeenteId = gemeenteId;
        this.opslag = opslag;
        this.nieuwe = nieuwe;
    }

    /** Per row its combination, or null for a row without indieners; unknown combinations are created first. */
    Long[] ids(List<Rij> rijen) throws SQLException {
        if (bekend == null) {
            bekend = opslag.combinaties(gemeenteId);
        }
        String[] sleutels = new String[rijen.size()];
        SortedMap<String, long[]> nieuw = new TreeMap<>();
        for (int i = 0; i < sleutels.length; i++) {
            long[] partijen = rijen.get(i).partijen();
            if (partijen.length > 0) {
                long[] gesorteerd = gesorteerd(partijen);
                sleutels[i] = sleutel(gesorteerd);
                if (!bekend.containsKey(sleutels[i])) {
                    nieuw.putIfAbsent(sleutels[i], gesorteerd);
                }
            }
        }
        if (!nieuw.isEmpty()) {
            bekend.putAll(nieuwe.maak(gemeenteId, nieuw));
        }
        Long[] ids = new Long[sleutels.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = sleutels[i] == null ? null : bekend.get(sleutels[i]);
            if (sleutels[i] != null && ids[i] == null) {
                throw new IllegalStateException("indienerscombinatie " + sleutels[i] + " niet gevonden en niet aangemaakt");
            }
        }
        return ids;
    }

    /** The distinct partij ids in ascending order. */
    static long[] gesorteerd(long[] partijen) {
        return Arrays.stream(partijen).distinct().sorted().toArray();
    }

    /** Sorted distinct ids joined by commas, as the migration V21 computes it in SQL. */
    static String sleutel(long[] gesorteerd) {
        StringBuilder sleutel = new StringBuilder(gesorteerd.length * 6);
        for (int i = 0; i < gesorteerd.length; i++) {
            sleutel.append(i == 0 ? "" : ",").append(gesorteerd[i]);
        }
        return sleutel.toString();
    }
}
