package nl.samenspel.gemeente;

/** Implemented by every principal Samenspel puts in the security context (form login, OIDC). */
public interface HeeftSessiegebruiker {

    Sessiegebruiker sessiegebruiker();
}
