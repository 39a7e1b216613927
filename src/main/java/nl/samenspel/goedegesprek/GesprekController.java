package nl.samenspel.goedegesprek;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Gesprekken: the list, starting one, and the facilitator's page to open, invite and close. */
@Controller
@RequestMapping("/gesprekken")
class GesprekController {

    private final GesprekService gesprekken;

    GesprekController(GesprekService gesprekken) {
        this.gesprekken = gesprekken;
    }

    @ModelAttribute("samenstellingen")
    Samenstelling[] samenstellingen() {
        return Samenstelling.values();
    }

    @GetMapping
    String lijst(Sessiegebruiker gebruiker, Model model) {
        model.addAttribute("gesprekken", gesprekken.gesprekken(gebruiker.gemeenteId()));
        model.addAttribute("facilitator", GesprekService.isFacilitator(gebruiker));
        return "goedegesprek/gesprekken";
    }

    @GetMapping("/nieuw")
    String nieuw(Sessiegebruiker gebruiker, Model model) {
        GesprekService.vereisFacilitator(gebruiker);
        model.addAttribute("nieuw", new NieuwGesprek("", LocalDate.now(), Samenstelling.GEMENGD, Zichtbaarheid.ANONIEM));
        return "goedegesprek/gesprek-nieuw";
    }

    @PostMapping
    String maak(Sessiegebruiker gebruiker, @Valid @ModelAttribute("nieuw") NieuwGesprek nieuw, BindingResult fouten) {
        if (fouten.hasErrors()) {
            return "goedegesprek/gesprek-nieuw";
        }
        Gesprek gesprek = gesprekken.maak(gebruiker, nieuw);
        return "redirect:/gesprekken/" + gesprek.id();
    }

    @GetMapping("/{id}")
    String toon(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        Gesprek gesprek = gesprekken.gesprek(gebruiker.gemeenteId(), id);
        List<Deelname> deelnames = gesprekken.deelnames(gesprek);
        model.addAttribute("gesprek", gesprek);
        model.addAttribute("facilitator", GesprekService.isFacilitator(gebruiker));
        model.addAttribute("aantalDeelnames", deelnames.size());
        model.addAttribute("aantalIngediend", deelnames.stream().filter(Deelname::isIngediend).count());
        return "goedegesprek/gesprek";
    }

    @PostMapping("/{id}/openen")
    String open(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        return uitvoeren(() -> gesprekken.open(gebruiker, id), id, "gesprek.geopend", doorgeven);
    }

    @PostMapping("/{id}/sluiten")
    String sluit(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        return uitvoeren(() -> gesprekken.sluit(gebruiker, id), id, "gesprek.gesloten", doorgeven);
    }

    @PostMapping("/{id}/uitnodigingen")
    String nodigUit(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestParam(defaultValue = "0") int aantal, Model model,
            RedirectAttributes doorgeven) {
        try {
            model.addAttribute("codes", gesprekken.nodigUit(gebruiker, id, aantal));
            model.addAttribute("basisUrl", org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
            model.addAttribute("gesprek", gesprekken.gesprek(gebruiker.gemeenteId(), id));
            return "goedegesprek/uitnodigingen";
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
            return "redirect:/gesprekken/" + id;
        }
    }

    private String uitvoeren(Runnable actie, Long id, String melding, RedirectAttributes doorgeven) {
        try {
            actie.run();
            doorgeven.addFlashAttribute("melding", melding);
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/gesprekken/" + id;
    }
}
