package nl.samenspel.gemeente;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/gebruikers")
@Tag(name = "gebruikers", description = "Accounts van de eigen gemeente (alleen beheerder)")
class GebruikerApiController {

    /** What the API shows of an account: never the password hash. */
    record GebruikerWeergave(Long id, String gebruikersnaam, String naam, String email, Set<Rol> rollen, boolean actief) {
    }

    private final GebruikerService gebruikers;

    GebruikerApiController(GebruikerService gebruikers) {
        this.gebruikers = gebruikers;
    }

    @GetMapping
    @Operation(summary = "Alle accounts van de eigen gemeente met hun rollen")
    List<GebruikerWeergave> lijst(Sessiegebruiker gebruiker) {
        return gebruikers.vanGemeente(gebruiker.gemeenteId()).stream()
                .map(g -> new GebruikerWeergave(g.id(), g.gebruikersnaam(), g.naam(), g.email(), g.rolset(), g.actief()))
                .toList();
    }
}
