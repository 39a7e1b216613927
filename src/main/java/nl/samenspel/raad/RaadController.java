package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.List;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Overview of the raadsperiodes, the report of one period and the view over elections. */
@Controller
class RaadController {

    private final RegisterService register;
    private final RapportService rapporten;
    private final Instrumenten instrumenten;

    RaadController(RegisterService register, RapportService rapporten, Instrumenten instrumenten) {
        this.register = register;
        this.rapporten = rapporten;
        this.instrumenten = instrumenten;
    }

    @GetMapping("/raad")
    String overzicht(Sessiegebruiker gebruiker, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        model.addAttribute("periodes", register.periodes(gebruiker.gemeenteId()));
        model.addAttribute("aantallen", instrumenten.aantallen(gebruiker.gemeenteId()));
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        return "raad/overzicht";
    }

    @PostMapping("/raad/periodes")
    String voegPeriodeToe(Sessiegebruiker gebruiker, @RequestParam String naam,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate begin,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate einde, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        try {
            register.voegPeriodeToe(gebruiker.gemeenteId(), naam, begin, einde);
            doorgeven.addFlashAttribute("melding", "raad.periode.toegevoegd");
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/raad";
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
