package nl.samenspel.goedegesprek;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Het goede gesprek over the API: the same rules as the pages (facilitator roles, norms fixed at
 * opening, one submission, anonymity of results), the same Dutch messages.
 */
@RestController
@RequestMapping("/api/v1/gesprekken")
@Tag(name = "gesprekken", description = "Het goede gesprek: gesprekken, antwoorden, normen, resultaten en acties")
class GesprekApiController {

    record GesprekSamenvatting(Long id, String titel, LocalDate datum, Samenstelling samenstelling, Zichtbaarheid zichtbaarheid,
            Gespreksstatus status, Long normensetId, long aantalIngediend) {
    }

    /** Without {@code indienen} (or false) the answers are a draft. */
    record MijnAntwoorden(Groep groep, Map<Integer, Integer> antwoorden, Map<Integer, String> voorbeelden, Boolean indienen) {

        boolean definitief() {
            return Boolean.TRUE.equals(indienen);
        }
    }

    record Inzending(boolean ingediend, Groep groep, Map<Integer, Antwoord> antwoorden) {
    }

    private final GesprekService gesprekken;
    private final InvulService invullen;
    private final ResultaatService resultaten;
    private final Normenbeheer normen;
    private final GesprekActieRepository acties;

    GesprekApiController(GesprekService gesprekken, InvulService invullen, ResultaatService resultaten, Normenbeheer normen,
            GesprekActieRepository acties) {
        this.gesprekken = gesprekken;
        this.invullen = invullen;
        this.resultaten = resultaten;
        this.normen = normen;
        this.acties = acties;
    }

    @GetMapping
    @Operation(summary = "Alle gesprekken van de eigen gemeente, nieuwste eerst")
    List<GesprekSamenvatting> lijst(Sessiegebruiker gebruiker) {
        return gesprekken.gesprekken(gebruiker.gemeenteId()).stream().map(this::samenvatting).toList();
    }

    @PostMapping
    @Operation(summary = "Gesprek starten (beheerder, burgemeester, griffier of gemeentesecretaris)")
    ResponseEntity<GesprekSamenvatting> maak(Sessiegebruiker gebruiker, @Valid @RequestBody NieuwGesprek nieuw) {
        Gesprek gesprek = gesprekken.maak(gebruiker, nieuw);
        return ResponseEntity.created(URI.create("/api/v1/gesprekken/" + gesprek.id())).body(samenvatting(gesprek));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén gesprek")
    GesprekSamenvatting gesprek(Sessiegebruiker gebruiker, @PathVariable Long id) {
        return samenvatting(gesprekken.gesprek(gebruiker.gemeenteId(), id));
    }

    @PostMapping("/{id}/openen")
    @Operation(summary = "Gesprek openen: de normen liggen vanaf nu vast en deelnemers kunnen antwoorden")
    GesprekSamenvatting open(Sessiegebruiker gebruiker, @PathVariable Long id) {
        return samenvatting(gesprekken.open(gebruiker, id));
    }

    @PostMapping("/{id}/sluiten")
    @Operation(summary = "Gesprek sluiten: geen antwoorden meer, de resultaten verschijnen")
    GesprekSamenvatting sluit(Sessiegebruiker gebruiker, @PathVariable Long id) {
        return samenvatting(gesprekken.sluit(gebruiker, id));
    }

    @GetMapping("/{id}/normen")
    @Operation(summary = "De normen van dit gesprek: vast sinds het openen, daarvoor de nieuwste van de gemeente")
    Normen normen(Sessiegebruiker gebruiker, @PathVariable Long id) {
        Gesprek gesprek = gesprekken.gesprek(gebruiker.gemeenteId(), id);
        return Normen.lees(normen.vanGesprek(gesprek).inhoud());
    }

    @PutMapping("/{id}/antwoorden")
    @Operation(summary = "Eigen antwoorden opslaan als concept, of indienen met indienen=true (daarna niet meer te wijzigen). "
            + "Antwoorden per item 1..19: 1 altijd, 2 vaak, 3 geregeld, 4 soms, 5 nooit, 0 geen antwoord.")
    Inzending antwoorden(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestBody MijnAntwoorden mijn) {
        Deelname deelname = gesprekken.deelnameVan(gebruiker, id);
        Invulformulier formulier = new Invulformulier();
        formulier.setGroep(mijn.groep());
        formulier.setWaarden(mijn.antwoorden() == null ? Map.of() : mijn.antwoorden());
        formulier.setVoorbeelden(mijn.voorbeelden() == null ? Map.of() : mijn.voorbeelden());
        List<Invulregels.Fout> fouten = invullen.bewaar(deelname, formulier, mijn.definitief());
        if (!fouten.isEmpty()) {
            throw new AntwoordenAfgekeurd(fouten);
        }
        Deelname opgeslagen = gesprekken.deelnameVan(gebruiker, id);
        return new Inzending(opgeslagen.isIngediend(), opgeslagen.groep(), opgeslagen.antwoorden());
    }

    @GetMapping("/{id}/resultaten")
    @Operation(summary = "Resultaten van een gesloten gesprek: tellingen, verdeling per item, afwijkingen, agenda, landkaart en "
            + "fase-advies. Een anoniem gesprek toont niets onder 3 deelnemers en geen cijfers per persoon.")
    Interpretatie.Resultaat resultaten(Sessiegebruiker gebruiker, @PathVariable Long id) {
        return resultaten.resultaat(gesprekken.gesprek(gebruiker.gemeenteId(), id));
    }

    @GetMapping("/{id}/acties")
    @Operation(summary = "Gekozen instrumenten als acties: eigenaar, deadline, status, notities")
    List<GesprekActie> acties(Sessiegebruiker gebruiker, @PathVariable Long id) {
        return acties.findByGesprekIdOrderById(gesprekken.gesprek(gebruiker.gemeenteId(), id).id());
    }

    /** Answers with problems: nothing was saved; every problem is named with its field. */
    static class AntwoordenAfgekeurd extends RuntimeException {

        private final transient List<Invulregels.Fout> fouten;

        AntwoordenAfgekeurd(List<Invulregels.Fout> fouten) {
            super("De antwoorden zijn niet opgeslagen: %d fout(en). ".formatted(fouten.size())
                    + String.join(" ", fouten.stream().map(Invulregels.Fout::melding).toList()));
            this.fouten = List.copyOf(fouten);
        }
    }

    @ExceptionHandler(AntwoordenAfgekeurd.class)
    ProblemDetail afgekeurd(AntwoordenAfgekeurd e) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        probleem.setTitle("Ongeldige antwoorden");
        probleem.setProperty("fouten", e.fouten.stream().map(f -> Map.of("veld", f.veld(), "melding", f.melding())).toList());
        return probleem;
    }

    private GesprekSamenvatting samenvatting(Gesprek g) {
        long ingediend = gesprekken.deelnames(g).stream().filter(Deelname::isIngediend).count();
        return new GesprekSamenvatting(g.id(), g.titel(), g.datum(), g.samenstelling(), g.zichtbaarheid(), g.status(), g.normensetId(), ingediend);
    }
}
