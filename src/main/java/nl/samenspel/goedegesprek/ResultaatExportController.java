package nl.samenspel.goedegesprek;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.gemeente.GemeenteService;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.rapportage.RapportExport;
import nl.samenspel.rapportage.Tabel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The result page as PDF (same content, same fragments) and the answers as CSV or XLSX. A gesprek
 * has at most a few dozen deelnemers, so the files are built in memory.
 */
@Controller
class ResultaatExportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final GesprekService gesprekken;
    private final ResultaatService resultaten;
    private final GemeenteService gemeenten;
    private final RapportExport export;

    ResultaatExportController(GesprekService gesprekken, ResultaatService resultaten, GemeenteService gemeenten, RapportExport export) {
        this.gesprekken = gesprekken;
        this.resultaten = resultaten;
        this.gemeenten = gemeenten;
        this.export = export;
    }

    @GetMapping("/gesprekken/{id}/resultaten.pdf")
    ResponseEntity<byte[]> pdf(Sessiegebruiker gebruiker, @PathVariable Long id, Locale taal) {
        Gesprek gesprek = gesprekken.gesprek(gebruiker.gemeenteId(), id);
        Map<String, Object> model = resultaten.weergave(gesprek);
        Interpretatie.Resultaat resultaat = (Interpretatie.Resultaat) model.get("resultaat");
        if (!resultaat.getoond()) {
            throw new nl.samenspel.shared.OngeldigVerzoekException(null, resultaat.verborgenReden());
        }
        model.put("facilitator", false);
        model.put("gemeenteNaam", gemeenten.gemeente(gebruiker.gemeenteId()).naam());
        byte[] pdf = export.pdf("goedegesprek/resultaten-pdf", model, taal);
        return ResponseEntity.ok().headers(bijlage(gesprek, "pdf")).contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @GetMapping("/gesprekken/{id}/antwoorden.csv")
    ResponseEntity<byte[]> csv(Sessiegebruiker gebruiker, @PathVariable Long id) {
        Gesprek gesprek = gesprekken.gesprek(gebruiker.gemeenteId(), id);
        StringWriter uit = new StringWriter();
        export.csv(tabellen(gesprek).get(0), uit);
        return ResponseEntity.ok().headers(bijlage(gesprek, "csv")).contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(uit.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/gesprekken/{id}/antwoorden.xlsx")
    ResponseEntity<byte[]> xlsx(Sessiegebruiker gebruiker, @PathVariable Long id) {
        Gesprek gesprek = gesprekken.gesprek(gebruiker.gemeenteId(), id);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        export.xlsx(tabellen(gesprek), uit);
        return ResponseEntity.ok().headers(bijlage(gesprek, "xlsx")).contentType(XLSX).body(uit.toByteArray());
    }

    private List<Tabel> tabellen(Gesprek gesprek) {
        return Antwoordexport.tabellen(gesprek, ResultaatService.VRAGENLIJST, resultaten.resultaat(gesprek), gesprekken.deelnames(gesprek));
    }

    private static HttpHeaders bijlage(Gesprek gesprek, String extensie) {
        HttpHeaders koppen = new HttpHeaders();
        String naam = "goede-gesprek-" + gesprek.datum() + "-" + gesprek.id() + "." + extensie;
        koppen.setContentDisposition(ContentDisposition.attachment().filename(naam, StandardCharsets.UTF_8).build());
        return koppen;
    }
}
