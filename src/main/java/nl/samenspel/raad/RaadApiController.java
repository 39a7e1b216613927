package nl.samenspel.raad;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.NietGevondenException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/raad")
@Tag(name = "raad", description = "Raadsdynamiek: partijen, verkiezingen, coalities, raadsperiodes, rapporten en imports van de eigen gemeente")
class RaadApiController {

    private final RegisterService register;
    private final RapportService rapporten;
    private final RaadsfeitenService raadsfeiten;
    private final ReferentieService referenties;
    private final Clock klok;

    RaadApiController(RegisterService register, RapportService rapporten, RaadsfeitenService raadsfeiten,
            ReferentieService referenties, Clock klok) {
        this.register = register;
        this.rapporten = rapporten;
        this.raadsfeiten = raadsfeiten;
        this.referenties = referenties;
        this.klok = klok;
    }

    @GetMapping("/partijen")
    @Operation(summary = "Partijen van de eigen gemeente, op naam")
    List<Partij> partijen(Sessiegebruiker gebruiker) {
        RaadToegang.vereisLezer(gebruiker);
        return register.partijen(gebruiker.gemeenteId());
    }

    @PostMapping("/partijen")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Partij toevoegen (beheerder, griffier)")
    Partij voegPartijToe(Sessiegebruiker gebruiker, @RequestBody RegisterService.PartijGegevens gegevens) {
        RaadToegang.vereisBeheerder(gebruiker);
        return register.bewaarPartij(gebruiker.gemeenteId(), null, gegevens);
    }

    @GetMapping("/partijen/{id}")
    @Operation(summary = "Eén partij")
    Partij partij(Sessiegebruiker gebruiker, @PathVariable Long id) {
        RaadToegang.vereisLezer(gebruiker);
        return register.partij(gebruiker.gemeenteId(), id);
    }

    @GetMapping("/verkiezingen")
    @Operation(summary = "Verkiezingen met zetels per partij en versnippering (fracties, aandeel lokaal, effectief aantal partijen)")
    List<Periodeoverzicht.Verkiezingsbeeld> verkiezingen(Sessiegebruiker gebruiker) {
        RaadToegang.vereisLezer(gebruiker);
        return rapporten.verkiezingen(gebruiker.gemeenteId());
    }

    @GetMapping("/verkiezingen/{id}")
    @Operation(summary = "Eén verkiezing met de zetels per partij")
    Verkiezing verkiezing(Sessiegebruiker gebruiker, @PathVariable Long id) {
        RaadToegang.vereisLezer(gebruiker);
        return register.verkiezing(gebruiker.gemeenteId(), id);
    }

    @GetMapping("/coalities")
    @Operation(summary = "Coalities met omvang bij de start en tussentijds vertrokken partijen")
    List<Periodeoverzicht.Coalitiebeeld> coalities(Sessiegebruiker gebruiker) {
        RaadToegang.vereisLezer(gebruiker);
        return rapporten.coalities(gebruiker.gemeenteId());
    }

    @GetMapping("/coalities/{id}")
    @Operation(summary = "Eén coalitie met de lidmaatschappen van haar partijen")
    Coalitie coalitie(Sessiegebruiker gebruiker, @PathVariable Long id) {
        RaadToegang.vereisLezer(gebruiker);
        return register.coalitie(gebruiker.gemeenteId(), id);
    }

    @GetMapping("/periodes")
    @Operation(summary = "Raadsperiodes")
    List<Raadsperiode> periodes(Sessiegebruiker gebruiker) {
        RaadToegang.vereisLezer(gebruiker);
        return register.periodes(gebruiker.gemeenteId());
    }

    @GetMapping("/periodes/{id}/rapport")
    @Operation(summary = "Rapport van een raadsperiode: vragen per steller, amendementen en moties per coalitie/oppositie, "
            + "samenstelling, coalities, afsplitsingen en referentiewaarden")
    Periodeoverzicht rapport(Sessiegebruiker gebruiker, @PathVariable Long id) {
        RaadToegang.vereisLezer(gebruiker);
        return rapporten.periode(gebruiker.gemeenteId(), id);
    }

    @GetMapping("/referenties")
    @Operation(summary = "Referentiewaarden met bron")
    List<Referentiewaarde> referenties(Sessiegebruiker gebruiker) {
        RaadToegang.vereisLezer(gebruiker);
        return referenties.referenties(gebruiker.gemeenteId());
    }

    @GetMapping("/raadsfeiten")
    @Operation(summary = "Raadsfeiten bij items 1, 6, 7 en 8 van het goede gesprek, op een peildatum (standaard vandaag)")
    Raadsfeiten raadsfeiten(Sessiegebruiker gebruiker,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum) {
        RaadToegang.vereisLezer(gebruiker);
        return raadsfeiten.raadsfeiten(gebruiker.gemeenteId(), peildatum == null ? LocalDate.now(klok) : peildatum)
                .orElseThrow(() -> new NietGevondenException("Raadsfeiten"));
    }
}
