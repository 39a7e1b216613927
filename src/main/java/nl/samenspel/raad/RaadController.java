package nl.samenspel.raad;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import nl.samenspel.rapportage.RapportExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;
import java.util.List;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Overview of the raadsperiodes, the report of one period and the view over elections. */
@Controller
class RaadController {

    private final RegisterService register;
    private final RapportService rapporten;
    private final Instrumenten instrumenten;
    private final RapportExport export;
    private final RaadExport raadExport;

    RaadController(RegisterService register, RapportService rapporten, Instrumenten instrumenten, RapportExport export,
            RaadExport raadExport) {
        this.export = export;
        this.raadExport = raadExport;
        this.register = register;
        this.rapporten = rapporten;
        this.instrumenten = instrumenten;
    }

    @GetMapping("/raad")
    String overzicht(Sessiegebruiker gebruiker, Model model) {
        return overzichtpagina(gebruiker, new PeriodeFormulier(), model);
    }

    private String overzichtpagina(Sessiegebruiker gebruiker, PeriodeFormulier formulier, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        model.addAttribute("periodes", register.periodes(gebruiker.gemeenteId()));
        model.addAttribute("aantallen", instrumenten.aantallen(gebruiker.gemeenteId()));
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        model.addAttribute("formulier", formulier);
        return "raad/overzicht";
    }

    /** A wrong period comes back (HTTP 400) with each problem next to its field. */
    @PostMapping("/raad/periodes")
    String voegPeriodeToe(Sessiegebruiker gebruiker, @ModelAttribute("formulier") PeriodeFormulier formulier, BindingResult fouten,
            Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        Long g = gebruiker.gemeenteId();
        var periode = formulier.controleer(fouten, register.periodes(g));
        if (periode.isPresent() && Veldcontrole.uitgevoerd(fouten,
                () -> register.voegPeriodeToe(g, periode.get().naam(), periode.get().beginDatum(), periode.get().eindDatum()))) {
            doorgeven.addFlashAttribute("melding", "raad.periode.toegevoegd");
            return "redirect:/raad";
        }
        antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return overzichtpagina(gebruiker, formulier, model);
    }

    @PostMapping("/raad/periodes/{id}/verwijderen")
    String verwijderPeriode(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        register.verwijderPeriode(gebruiker.gemeenteId(), id);
        doorgeven.addFlashAttribute("melding", "raad.periode.verwijderd");
        return "redirect:/raad";
    }

    @GetMapping("/raad/periodes/{id}")
    String periode(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        Periodeoverzicht overzicht = rapporten.periode(gebruiker.gemeenteId(), id);
        model.addAttribute("o", overzicht);
        model.addAttribute("grafiekVragen", Staafdiagram.van("raad.grafiek.vragen",
                overzicht.vragen().stream().map(r -> r.categorie().sleutel()).toList(),
                overzicht.vragen().stream().map(Vragentabel.Rij::aantal).toList(), ""));
        model.addAttribute("grafiekAangenomen", aangenomen(overzicht));
        return "raad/periode";
    }

    /** Share adopted per kamp, amendementen and moties: the picture of tables 4 and 5. */
    private static Staafdiagram aangenomen(Periodeoverzicht o) {
        List<String> labels = new java.util.ArrayList<>();
        List<Integer> waarden = new java.util.ArrayList<>();
        for (var rij : o.amendementen()) {
            labels.add("raad.grafiek.amendementen-" + rij.kamp().name().toLowerCase());
            waarden.add(rij.cellen().get(0).procent());
        }
        for (var rij : o.moties()) {
            labels.add("raad.grafiek.moties-" + rij.kamp().name().toLowerCase());
            waarden.add(rij.cellen().get(0).procent());
        }
        return Staafdiagram.van("raad.grafiek.aangenomen", labels, waarden, "%");
    }

    @GetMapping("/raad/periodes/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(Sessiegebruiker gebruiker, @PathVariable Long id, Locale taal) {
        RaadToegang.vereisLezer(gebruiker);
        Model model = new ExtendedModelMap();
        periode(gebruiker, id, model);
        byte[] pdf = export.pdf("raad/periode-pdf", model.asMap(), taal);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, bijlage(id, "pdf")).body(pdf);
    }

    @GetMapping("/raad/periodes/{id}/export.xlsx")
    void xlsx(Sessiegebruiker gebruiker, @PathVariable Long id, Locale taal, HttpServletResponse antwoord) throws IOException {
        RaadToegang.vereisLezer(gebruiker);
        Periodeoverzicht overzicht = rapporten.periode(gebruiker.gemeenteId(), id);
        antwoord.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        antwoord.setHeader(HttpHeaders.CONTENT_DISPOSITION, bijlage(id, "xlsx"));
        export.xlsx(raadExport.bladen(overzicht, taal), antwoord.getOutputStream());
    }

    @GetMapping("/raad/periodes/{id}/export.csv")
    void csv(Sessiegebruiker gebruiker, @PathVariable Long id, Locale taal, HttpServletResponse antwoord) throws IOException {
        RaadToegang.vereisLezer(gebruiker);
        Periodeoverzicht overzicht = rapporten.periode(gebruiker.gemeenteId(), id);
        antwoord.setContentType("text/csv;charset=UTF-8");
        antwoord.setHeader(HttpHeaders.CONTENT_DISPOSITION, bijlage(id, "csv"));
        export.csv(raadExport.lang(overzicht, taal), antwoord.getWriter());
    }

    private static String bijlage(Long id, String extensie) {
        return "attachment; filename=\"raadsperiode-" + id + "." + extensie + "\"";
    }

    @GetMapping("/raad/verloop")
    String verloop(Sessiegebruiker gebruiker, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        Long g = gebruiker.gemeenteId();
        var verkiezingen = rapporten.verkiezingen(g);
        model.addAttribute("verkiezingen", verkiezingen);
        model.addAttribute("partijen", register.partijen(g));
        model.addAttribute("uitslagen", register.verkiezingen(g));
        model.addAttribute("coalities", rapporten.coalities(g));
        model.addAttribute("periodes", register.periodes(g).stream().map(p -> rapporten.overzicht(g, p)).toList());
        model.addAttribute("grafiekFracties", Staafdiagram.metTekst("raad.grafiek.fracties",
                verkiezingen.stream().map(v -> String.valueOf(v.datum().getYear())).toList(),
                verkiezingen.stream().map(Periodeoverzicht.Verkiezingsbeeld::fracties).toList(), ""));
        model.addAttribute("grafiekLokaal", Staafdiagram.metTekst("raad.grafiek.lokaal",
                verkiezingen.stream().map(v -> String.valueOf(v.datum().getYear())).toList(),
                verkiezingen.stream().map(Periodeoverzicht.Verkiezingsbeeld::lokaalProcent).toList(), "%"));
        return "raad/verloop";
    }
}
