package nl.samenspel.enquete;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/metingen")
@PreAuthorize("hasAnyRole('BEHEERDER', 'BURGEMEESTER', 'GRIFFIER', 'GEMEENTESECRETARIS', 'MEDEWERKER', 'BEGELEIDINGSCOMMISSIE')")
@Tag(name = "metingen", description = "Enquête psychosociale veiligheid: metingen, uitnodigingen, import (op de achtergrond, met statusbron) en rapporten van de eigen gemeente")
class MetingApiController {

    record MetingGegevens(Long id, String titel, LocalDate startdatum, LocalDate einddatum, Meting.Status status,
            List<Meting.MetingAfdeling> afdelingen, List<Meting.MetingVraag> eigenVragen, int uitnodigingenGemaakt, int responsen) {
    }

    record NieuweVraag(String tekst, Instrument.Polariteit polariteit) {
    }

    record UitnodigingVerzoek(Integer aantal, Long afdelingId) {
    }

    record UitnodigingGegevens(String code, String link, String afdeling) {
    }

    private final MetingService metingen;
    private final RapportService rapporten;
    MetingApiController(MetingService metingen, RapportService rapporten) {
        this.metingen = metingen;
        this.rapporten = rapporten;
    }

    private MetingGegevens gegevens(Meting meting) {
        return new MetingGegevens(meting.id(), meting.titel(), meting.startdatum(), meting.einddatum(),
                meting.effectieveStatus(metingen.vandaag()), List.copyOf(meting.afdelingen()), meting.extraVragenGesorteerd(),
                meting.uitnodigingenGemaakt(), metingen.aantalResponsen(meting));
    }

    @GetMapping
    @Operation(summary = "Alle metingen van de eigen gemeente, nieuwste eerst")
    List<MetingGegevens> lijst(Sessiegebruiker gebruiker) {
        return metingen.metingen(gebruiker.gemeenteId()).stream().map(this::gegevens).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén meting: periode, status, afdelingen met aantal medewerkers, eigen vragen, aantal responsen")
    MetingGegevens meting(Sessiegebruiker gebruiker, @PathVariable Long id) {
        return gegevens(metingen.meting(gebruiker.gemeenteId(), id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Meting aanmaken (beheerder): titel, startdatum, einddatum en afdelingen als {afdelingId: aantal medewerkers}")
    MetingGegevens maak(Sessiegebruiker gebruiker, @RequestBody NieuweMeting nieuw) {
        return gegevens(metingen.maak(gebruiker, nieuw));
    }

    @PostMapping("/{id}/vragen")
    @Operation(summary = "Eigen vraag toevoegen zolang de meting in voorbereiding is (beheerder)")
    MetingGegevens voegVraagToe(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestBody NieuweVraag vraag) {
        return gegevens(metingen.voegVraagToe(gebruiker, id, vraag.tekst(), vraag.polariteit()));
    }

    @PostMapping("/{id}/openen")
    @Operation(summary = "Meting openen (beheerder)")
    MetingGegevens open(Sessiegebruiker gebruiker, @PathVariable Long id) {
        return gegevens(metingen.open(gebruiker, id));
    }

    @PostMapping("/{id}/sluiten")
    @Operation(summary = "Meting sluiten (beheerder); daarna staat het rapport vast")
    MetingGegevens sluit(Sessiegebruiker gebruiker, @PathVariable Long id) {
        return gegevens(metingen.sluit(gebruiker, id));
    }

    @PostMapping("/{id}/uitnodigingen")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Anonieme eenmalige uitnodigingen maken (beheerder); de codes staan alleen in dit antwoord")
    List<UitnodigingGegevens> nodigUit(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestBody UitnodigingVerzoek verzoek) {
        String basis = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/enquete/invullen/";
        return metingen.nodigUit(gebruiker, id, verzoek.aantal() == null ? 0 : verzoek.aantal(), verzoek.afdelingId()).stream()
                .map(u -> new UitnodigingGegevens(u.code(), basis + u.code(), u.afdeling())).toList();
    }

    @GetMapping("/{id}/rapport")
    @Operation(summary = "Rapport van een gesloten meting, met dezelfde onderdrukking als de pagina's: verborgen cijfers zijn null, met reden en aantal")
    Rapport rapport(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestParam(required = false) List<Long> selectie) {
        return rapporten.rapport(metingen.meting(gebruiker.gemeenteId(), id), selectie == null ? java.util.Set.of() : new HashSet<>(selectie));
    }

}
