package nl.samenspel.gemeente;

import java.util.List;
import java.util.Set;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of one gemeente, managed by its beheerder. */
@Service
class GebruikerService {

    private final GebruikerRepository gebruikers;
    private final PasswordEncoder encoder;

    GebruikerService(GebruikerRepository gebruikers, PasswordEncoder encoder) {
        this.gebruikers = gebruikers;
        this.encoder = encoder;
    }

    List<Gebruiker> vanGemeente(Long gemeenteId) {
        return gebruikers.findByGemeenteIdOrderByNaam(gemeenteId);
    }

    Gebruiker gebruiker(Long gemeenteId, Long id) {
        return gebruikers.findByIdAndGemeenteId(id, gemeenteId).orElseThrow(() -> new NietGevondenException("Gebruiker"));
    }

    @Transactional
    Gebruiker maak(Long gemeenteId, NieuweGebruiker nieuw) {
        String naam = Gebruikersnaam.normaliseer(nieuw.gebruikersnaam());
        if (gebruikers.existsByGebruikersnaam(naam)) {
            throw new OngeldigVerzoekException("gebruikersnaam", "De gebruikersnaam '%s' is al in gebruik.".formatted(naam));
        }
        return gebruikers.save(new Gebruiker(null, gemeenteId, naam, nieuw.naam().strip(), leegAlsNull(nieuw.email()),
                encoder.encode(nieuw.wachtwoord()), false, true, Gebruiker.alsRollen(nieuw.rollen())));
    }

    @Transactional
    Gebruiker maakPlatformbeheerder(String gebruikersnaam, String naam, String wachtwoord) {
        return gebruikers.save(new Gebruiker(null, null, Gebruikersnaam.normaliseer(gebruikersnaam), naam, null,
                encoder.encode(wachtwoord), true, true, Set.of()));
    }

    /** A beheerder cannot take away their own beheerder role or deactivate themselves: that would lock the gemeente out. */
    @Transactional
    Gebruiker wijzig(Sessiegebruiker door, Long id, GebruikerWijziging wijziging) {
        Gebruiker gebruiker = gebruiker(door.gemeenteId(), id);
        if (gebruiker.id().equals(door.id()) && (!wijziging.rollen().contains(Rol.BEHEERDER) || !wijziging.actief())) {
            throw new OngeldigVerzoekException("rollen",
                    "U kunt uw eigen rol beheerder niet intrekken en uzelf niet op inactief zetten.");
        }
        return gebruikers.save(gebruiker.metGegevens(wijziging.naam().strip(), leegAlsNull(wijziging.email()),
                wijziging.rollen(), wijziging.actief()));
    }

    @Transactional
    void zetWachtwoord(Long gemeenteId, Long id, String wachtwoord) {
        Gebruiker gebruiker = gebruiker(gemeenteId, id);
        if (wachtwoord == null || wachtwoord.length() < 12 || wachtwoord.length() > 128) {
            throw new OngeldigVerzoekException("wachtwoord", "Een wachtwoord heeft 12 tot 128 tekens.");
        }
        gebruikers.save(gebruiker.metWachtwoordHash(encoder.encode(wachtwoord)));
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
