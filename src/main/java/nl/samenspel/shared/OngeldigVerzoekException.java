package nl.samenspel.shared;

/** A request that breaks a business rule; the message is Dutch and shown to the user as is. */
public class OngeldigVerzoekException extends RuntimeException {

    private final String veld;

    public OngeldigVerzoekException(String veld, String melding) {
        super(melding);
        this.veld = veld;
    }

    /** The form field or JSON property the problem is about, or null for the whole request. */
    public String veld() {
        return veld;
    }
}
