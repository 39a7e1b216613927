package nl.samenspel.shared;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer of an API import, the usual long-running operation: the import starts in the background and the answer
 * is 202 Accepted with {@code Location} (the import's status resource) and the status document so far. A client that
 * sends {@code Prefer: wait=N} (RFC 7240) is answered after at most N seconds ({@link #MAX_WACHT} at the most): when
 * the import ended by then, with 200 and the final status document (and {@code Content-Location}), as a GET of the
 * status resource would answer; otherwise still with 202.
 */
public final class Importantwoord {

    public static final Duration MAX_WACHT = Duration.ofSeconds(30);
    /** The OpenAPI description of the Prefer header. */
    public static final String PREFER = "wait=N: wacht hoogstens N seconden (ten hoogste 30) op het einde van de import; "
            + "is die dan klaar, dan volgt 200 met de eindstatus in plaats van 202";
    static final String OPNIEUW_NA = "2";

    private Importantwoord() {
    }

    /** The wait the client asked for with {@code Prefer: wait=N}, capped at {@link #MAX_WACHT}; zero without one. */
    public static Duration wachttijd(String prefer) {
        if (prefer == null) {
            return Duration.ZERO;
        }
        for (String voorkeur : prefer.split("[,;]")) {
            String[] delen = voorkeur.strip().split("=", 2);
            if (delen.length == 2 && delen[0].strip().toLowerCase(Locale.ROOT).equals("wait")) {
                try {
                    long seconden = Long.parseLong(delen[1].strip().replace("\"", ""));
                    return seconden <= 0 ? Duration.ZERO : Duration.ofSeconds(Math.min(seconden, MAX_WACHT.toSeconds()));
                } catch (NumberFormatException e) {
                    return Duration.ZERO;
                }
            }
        }
        return Duration.ZERO;
    }

    /**
     * 202 with Location (and the status so far, which may already be final); 200 with Content-Location only when the
     * client asked to wait and the import has ended, so a client that did not ask always gets 202.
     */
    public static <T> ResponseEntity<T> van(URI status, boolean bezig, Duration gewacht, T document) {
        ResponseEntity.BodyBuilder antwoord = bezig || gewacht.isZero()
                ? ResponseEntity.status(HttpStatus.ACCEPTED).location(status).header(HttpHeaders.RETRY_AFTER, OPNIEUW_NA)
                : ResponseEntity.ok().header(HttpHeaders.CONTENT_LOCATION, status.toString());
        if (!gewacht.isZero()) {
            antwoord.header("Preference-Applied", "wait=" + gewacht.toSeconds());
        }
        return antwoord.body(document);
    }

    /** The status resource: 200, with Retry-After while the import runs. */
    public static <T> ResponseEntity<T> status(boolean bezig, T document) {
        ResponseEntity.BodyBuilder antwoord = ResponseEntity.ok();
        if (bezig) {
            antwoord.header(HttpHeaders.RETRY_AFTER, OPNIEUW_NA);
        }
        return antwoord.body(document);
    }
}
