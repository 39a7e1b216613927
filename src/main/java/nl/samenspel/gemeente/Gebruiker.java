package nl.samenspel.gemeente;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * An account. Belongs to one gemeente and holds roles there; a platformbeheerder belongs to
 * none. {@code wachtwoordHash} is an Argon2id hash, or null for accounts that sign in via OIDC.
 */
record Gebruiker(
        @Id Long id,
        Long gemeenteId,
        String gebruikersnaam,
        String naam,
        String email,
        String wachtwoordHash,
        boolean platformbeheerder,
        boolean actief,
        @MappedCollection(idColumn = "gebruiker_id") Set<GebruikerRol> rollen) {

    public Set<Rol> rolset() {
        return rollen.isEmpty()
                ? EnumSet.noneOf(Rol.class)
                : rollen.stream().map(GebruikerRol::rol).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rol.class)));
    }

    static Set<GebruikerRol> alsRollen(Set<Rol> rollen) {
        return rollen.stream().map(GebruikerRol::new).collect(Collectors.toSet());
    }

    Gebruiker metGegevens(String naam, String email, Set<Rol> rollen, boolean actief) {
        return new Gebruiker(id, gemeenteId, gebruikersnaam, naam, email, wachtwoordHash, platformbeheerder, actief, alsRollen(rollen));
    }

    Gebruiker metWachtwoordHash(String hash) {
        return new Gebruiker(id, gemeenteId, gebruikersnaam, naam, email, hash, platformbeheerder, actief, rollen);
    }

    Sessiegebruiker alsSessiegebruiker() {
        return new Sessiegebruiker(id, gemeenteId, gebruikersnaam, naam, rolset(), platformbeheerder);
    }
}
