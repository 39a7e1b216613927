package nl.samenspel.gemeente.beveiliging;

import java.time.Duration;
import java.time.Instant;

/**
 * The login-throttling rule, free of storage: at most {@code maxMislukt} failed attempts per
 * key within a window; reaching the maximum blocks the key for {@code blokkade}. A success
 * clears the account key (not the address key, so password spraying stays throttled).
 */
record Inlogbegrenzing(int maxMislukt, Duration venster, Duration blokkade) {

    /** How many failures a key has had in its current window, and until when it is blocked. */
    record Stand(int mislukt, Instant vensterStart, Instant geblokkeerdTot) {
    }

    Inlogbegrenzing {
        if (maxMislukt < 1 || venster.isNegative() || venster.isZero() || blokkade.isNegative()) {
            throw new IllegalArgumentException("Ongeldige inlogbegrenzing");
        }
    }

    boolean isGeblokkeerd(Stand stand, Instant nu) {
        return stand != null && stand.geblokkeerdTot() != null && nu.isBefore(stand.geblokkeerdTot());
    }

    Stand naMislukking(Stand stand, Instant nu) {
        boolean nieuwVenster = stand == null || !nu.isBefore(stand.vensterStart().plus(venster));
        if (nieuwVenster && !isGeblokkeerd(stand, nu)) {
            return blokkeerBijMaximum(new Stand(1, nu, null), nu);
        }
        return blokkeerBijMaximum(new Stand(stand.mislukt() + 1, stand.vensterStart(), stand.geblokkeerdTot()), nu);
    }

    private Stand blokkeerBijMaximum(Stand stand, Instant nu) {
        return stand.mislukt() >= maxMislukt
                ? new Stand(stand.mislukt(), stand.vensterStart(), nu.plus(blokkade))
                : stand;
    }
}
