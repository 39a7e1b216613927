package nl.samenspel.goedegesprek;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** Median, mean and spread of answers, leaving out 'geen antwoord'. */
final class Statistiek {

    private Statistiek() {
    }

    static List<Integer> gegeven(Collection<Integer> waarden) {
        return waarden.stream().filter(Objects::nonNull).sorted().toList();
    }

    /** The median; with an even number the mean of the middle two (so 2.5 is possible). Null when nobody answered. */
    static Double mediaan(Collection<Integer> waarden) {
        List<Integer> gesorteerd = gegeven(waarden);
        if (gesorteerd.isEmpty()) {
            return null;
        }
        int midden = gesorteerd.size() / 2;
        return gesorteerd.size() % 2 == 1
                ? gesorteerd.get(midden).doubleValue()
                : (gesorteerd.get(midden - 1) + gesorteerd.get(midden)) / 2.0;
    }

    static OptionalDouble gemiddelde(Collection<Integer> waarden) {
        return gegeven(waarden).stream().mapToInt(Integer::intValue).average();
    }

    /** Largest minus smallest answer; 0 when fewer than two answered. */
    static int spreiding(Collection<Integer> waarden) {
        List<Integer> gesorteerd = gegeven(waarden);
        return gesorteerd.size() < 2 ? 0 : gesorteerd.get(gesorteerd.size() - 1) - gesorteerd.get(0);
    }
}
