package nl.samenspel.raad;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;

/**
 * The indienerscombinatie ids of one writer: the gemeente's existing combinations are read once, a new one is
 * created the first time it occurs. A gemeente has at most a few hundred, so they stay in memory.
 */
final class Indienerscombinaties {

    private final Long gemeenteId;
    private final Instrumentopslag opslag;
    private Map<String, Long> bekend;

    Indienerscombinaties(Long gemeenteId, Instrumentopslag opslag) {
        this.gemeenteId = gemeenteId;
        this.opslag = opslag;
    }

    /** The combination of these partijen, or null for an instrument without indieners. */
    Long id(long[] partijen) throws SQLException {
        if (partijen.length == 0) {
            return null;
        }
        if (bekend == null) {
            bekend = opslag.combinaties(gemeenteId);
        }
        long[] gesorteerd = gesorteerd(partijen);
        String sleutel = sleutel(gesorteerd);
        Long id = bekend.get(sleutel);
        if (id == null) {
            id = opslag.nieuweCombinatie(gemeenteId, sleutel, gesorteerd);
            bekend.put(sleutel, id);
        }
        return id;
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
