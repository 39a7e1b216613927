package nl.samenspel.gemeente;

/** What an account may do within its gemeente. An account can hold several roles. */
public enum Rol {
    BEHEERDER,
    BURGEMEESTER,
    GRIFFIER,
    GEMEENTESECRETARIS,
    RAADSLID,
    WETHOUDER,
    MEDEWERKER,
    INTEGRITEITSFUNCTIONARIS,
    BEGELEIDINGSCOMMISSIE;

    /** The Spring Security authority, e.g. ROLE_GRIFFIER. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's Dutch/English name. */
    public String berichtsleutel() {
        return "rol." + name().toLowerCase();
    }

    /** Burgemeester, griffier and gemeentesecretaris: the driehoek that facilitates. */
    public boolean isDriehoek() {
        return this == BURGEMEESTER || this == GRIFFIER || this == GEMEENTESECRETARIS;
    }
}
