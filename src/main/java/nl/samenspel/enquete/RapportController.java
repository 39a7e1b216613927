package nl.samenspel.enquete;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The report of a closed meting, with an optional selection of afdelingen; and the gemeente's thresholds. */
@Controller
class RapportController {

    private final MetingService metingen;
    private final RapportService rapporten;
    private final Drempels drempels;

    RapportController(MetingService metingen, RapportService rapporten, Drempels drempels) {
        this.metingen = metingen;
        this.rapporten = rapporten;
        this.drempels = drempels;
    }

    @GetMapping("/enquete/metingen/{id}/rapport")
    String rapport(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestParam(required = false) List<Long> selectie, Model model) {
        Meting meting = metingen.meting(gebruiker.gemeenteId(), id);
        Set<Long> gekozen = selectie == null ? Set.of() : new HashSet<>(selectie);
        Rapport rapport = rapporten.rapport(meting, gekozen);
        model.addAttribute("meting", meting);
        model.addAttribute("rapport", rapport);
        model.addAttribute("gekozen", gekozen);
        model.addAttribute("instrument", meting.instrument());
        rapporten.trend(meting, rapport).ifPresent(trend -> model.addAttribute("trend", trend));
        return "enquete/rapport";
    }

    @GetMapping("/enquete/instellingen")
    String instellingen(Sessiegebruiker gebruiker, Model model) {
        MetingService.vereisBeheerder(gebruiker);
        model.addAttribute("instelling", drempels.van(gebruiker.gemeenteId()));
        return "enquete/instellingen";
    }

    @PostMapping("/enquete/instellingen")
    String bewaar(Sessiegebruiker gebruiker, @RequestParam(defaultValue = "0") int minimaleGroep,
            @RequestParam(defaultValue = "0") int minimaleGroepOpmerkingen, RedirectAttributes doorgeven) {
        try {
            drempels.bewaar(gebruiker, minimaleGroep, minimaleGroepOpmerkingen);
            doorgeven.addFlashAttribute("melding", "enquete.instellingen.opgeslagen");
        } catch (nl.samenspel.shared.OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/enquete/instellingen";
    }
}
