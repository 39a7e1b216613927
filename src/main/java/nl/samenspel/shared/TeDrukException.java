package nl.samenspel.shared;

/** The application cannot take this request right now (e.g. a full queue); nothing was changed. Answered with 503. */
public class TeDrukException extends RuntimeException {

    public TeDrukException(String melding) {
        super(melding);
    }
}
