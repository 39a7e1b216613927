package nl.samenspel.gemeente.beveiliging;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts for this account or address: try again later. */
class InlogGeblokkeerdException extends AuthenticationException {

    InlogGeblokkeerdException() {
        super("Te veel mislukte inlogpogingen; probeer het over 15 minuten opnieuw.");
    }
}
