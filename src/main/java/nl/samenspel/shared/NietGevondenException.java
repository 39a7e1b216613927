package nl.samenspel.shared;

/**
 * A resource that does not exist or belongs to another gemeente. Both answer 404, so that a
 * user cannot learn whether another gemeente's resource exists.
 */
public class NietGevondenException extends RuntimeException {

    public NietGevondenException(String wat) {
        super(wat + " niet gevonden.");
    }
}
