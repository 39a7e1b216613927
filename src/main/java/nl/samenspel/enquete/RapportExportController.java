package nl.samenspel.enquete;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.rapportage.RapportExport;
import nl.samenspel.rapportage.Tabel;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report as tagged PDF (the same figures as the page) or as XLSX. Both come from the same
 * {@link Rapport} object as the page and the API, so they hide exactly what the page hides.
 */
@Controller
class RapportExportController {

    private final MetingService metingen;
    private final RapportService rapporten;
    private final RapportExport export;
    private final MessageSource teksten;
    private final Grafiek grafiek;

    RapportExportController(MetingService metingen, RapportService rapporten, RapportExport export, MessageSource teksten, Grafiek grafiek) {
        this.metingen = metingen;
        this.rapporten = rapporten;
        this.export = export;
        this.teksten = teksten;
        this.grafiek = grafiek;
    }

    @GetMapping("/enquete/metingen/{id}/export")
    void exporteer(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestParam(defaultValue = "pdf") String formaat, Locale taal,
            HttpServletResponse antwoord) throws IOException {
        Meting meting = metingen.meting(gebruiker.gemeenteId(), id);
        Rapport rapport = rapporten.rapport(meting, Set.of());
        String naam = "rapport-meting-" + id;
        antwoord.setHeader("Cache-Control", "no-store");
        if ("xlsx".equals(formaat)) {
            antwoord.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            antwoord.setHeader("Content-Disposition", "attachment; filename=\"" + naam + ".xlsx\"");
            export.xlsx(bladen(rapport, meting.instrument(), taal), antwoord.getOutputStream());
        } else if ("pdf".equals(formaat)) {
            Map<String, Object> model = new HashMap<>();
            model.put("meting", meting);
            model.put("rapport", rapport);
            model.put("instrument", meting.instrument());
            model.put("grafiek", grafiek);
            byte[] pdf = export.pdf("enquete/rapport-pdf", model, taal);
            antwoord.setContentType("application/pdf");
            antwoord.setHeader("Content-Disposition", "attachment; filename=\"" + naam + ".pdf\"");
            antwoord.getOutputStream().write(pdf);
        } else {
            throw new OngeldigVerzoekException("formaat", "Kies pdf of xlsx.");
        }
    }

    private List<Tabel> bladen(Rapport rapport, Instrument instrument, Locale taal) {
        List<Tabel> bladen = new ArrayList<>();
        List<List<Object>> respons = new ArrayList<>();
        for (Rapport.Afdelingsrespons a : rapport.respons()) {
            respons.add(List.of(a.naam(), a.medewerkers(), a.respondenten(), waarde(a.responspercentage()), reden(a.reden(), a.respondenten(), rapport, taal)));
        }
        bladen.add(new Tabel(tekst("enquete.rapport.respons-titel", taal), List.of(tekst("enquete.afdeling", taal),
                tekst("enquete.meting.medewerkers", taal), tekst("enquete.meting.responsen", taal), tekst("enquete.rapport.responspercentage", taal),
                tekst("enquete.rapport.in-rapport", taal)), respons));

        List<String> kolommen = new ArrayList<>(List.of(tekst("enquete.afdeling", taal)));
        Instrument.Indicator.veiligheid().forEach(i -> kolommen.add(tekst("enquete.indicator." + i, taal)));
        kolommen.add(tekst("enquete.rapport.veiligheid", taal));
        kolommen.add(tekst("enquete.rapport.in-rapport", taal));
        List<List<Object>> heatmap = new ArrayList<>();
        List<Rapport.HeatmapRij> rijen = new ArrayList<>(rapport.heatmap());
        rijen.add(rapport.heatmapTotaal());
        for (Rapport.HeatmapRij r : rijen) {
            List<Object> rij = new ArrayList<>();
            rij.add(r.naam() == null ? tekst("enquete.rapport.organisatie", taal) : r.naam());
            Instrument.Indicator.veiligheid().forEach(i -> rij.add(waarde(r.score(i))));
            rij.add(waarde(r.veiligheid()));
            rij.add(reden(r.reden(), r.respondenten(), rapport, taal));
            heatmap.add(rij);
        }
        bladen.add(new Tabel(tekst("enquete.rapport.heatmap", taal), kolommen, heatmap));

        List<String> antwoordKolommen = new ArrayList<>(List.of(tekst("enquete.vraag", taal), tekst("enquete.afdeling", taal)));
        instrument.schaal().forEach(p -> antwoordKolommen.add(p.label(taal)));
        antwoordKolommen.add(tekst("enquete.rapport.n", taal));
        antwoordKolommen.add(tekst("enquete.rapport.in-rapport", taal));
        List<List<Object>> antwoorden = new ArrayList<>();
        for (Rapport.Vraagtabel t : rapport.vragen()) {
            List<Rapport.Rij> alle = new ArrayList<>(t.afdelingen());
            alle.add(t.totaal());
            for (Rapport.Rij r : alle) {
                List<Object> rij = new ArrayList<>();
                rij.add(t.vraag().code() + ". " + t.vraag().tekst(taal));
                rij.add(r.naam() == null ? tekst("enquete.rapport.organisatie", taal) : r.naam());
                for (int c = 0; c < Instrument.SCHAALPUNTEN; c++) {
                    rij.add(r.procenten() == null ? null : r.procenten().get(c));
                }
                rij.add(r.respondenten());
                rij.add(reden(r.reden(), r.respondenten(), rapport, taal));
                antwoorden.add(rij);
            }
        }
        bladen.add(new Tabel(tekst("enquete.rapport.vragen", taal), antwoordKolommen, antwoorden));
        return bladen;
    }

    private String reden(Anonimiteitsdrempel.Reden reden, int n, Rapport rapport, Locale taal) {
        return teksten.getMessage("enquete.reden." + reden, new Object[] {n, rapport.k()}, taal);
    }

    private String tekst(String sleutel, Locale taal) {
        return teksten.getMessage(sleutel, null, taal);
    }

    private static Object waarde(Double getal) {
        return getal;
    }
}
