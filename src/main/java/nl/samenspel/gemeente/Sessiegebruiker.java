package nl.samenspel.gemeente;

import java.util.Set;

/**
 * Who is signed in, as every module sees it: the account, its gemeente (null for a
 * platformbeheerder) and its roles. Modules scope every query to {@link #gemeenteId()}.
 */
public record Sessiegebruiker(Long id, Long gemeenteId, String gebruikersnaam, String naam, Set<Rol> rollen,
        boolean platformbeheerder) {

    public Sessiegebruiker {
        rollen = Set.copyOf(rollen);
    }

    public boolean heeft(Rol rol) {
        return rollen.contains(rol);
    }

    public boolean heeftEenVan(Rol... gezocht) {
        for (Rol rol : gezocht) {
            if (rollen.contains(rol)) {
                return true;
            }
        }
        return false;
    }

    public boolean isDriehoek() {
        return rollen.stream().anyMatch(Rol::isDriehoek);
    }
}
