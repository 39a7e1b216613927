package nl.samenspel.goedegesprek;

import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Stap 2 to 5 on one page: results, agenda, landkaart, phase advice with instruments, chosen actions, trend. */
@Controller
class ResultaatController {

    private final GesprekService gesprekken;
    private final ResultaatService resultaten;
    private final GesprekActieRepository acties;

    ResultaatController(GesprekService gesprekken, ResultaatService resultaten, GesprekActieRepository acties) {
        this.gesprekken = gesprekken;
        this.resultaten = resultaten;
        this.acties = acties;
    }

    @GetMapping("/gesprekken/{id}/resultaten")
    String toon(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        Gesprek gesprek = gesprekken.gesprek(gebruiker.gemeenteId(), id);
        model.addAllAttributes(resultaten.weergave(gesprek));
        model.addAttribute("facilitator", GesprekService.isFacilitator(gebruiker));
        return "goedegesprek/resultaten";
    }

    @PostMapping("/gesprekken/{id}/acties")
    String kies(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestParam String instrument, RedirectAttributes doorgeven) {
        GesprekService.vereisFacilitator(gebruiker);
        Gesprek gesprek = gesprekken.gesprek(gebruiker.gemeenteId(), id);
        if (!ResultaatService.LADDER.bestaat(instrument)) {
            throw new OngeldigVerzoekException("instrument", "Onbekend instrument: kies een instrument van de escalatieladder.");
        }
        if (gesprek.status() != Gespreksstatus.GESLOTEN) {
            throw new OngeldigVerzoekException("instrument", "Kies instrumenten nadat het gesprek is gesloten en de resultaten er zijn.");
        }
        if (!acties.existsByGesprekIdAndInstrument(gesprek.id(), instrument)) {
            acties.save(new GesprekActie(null, gesprek.id(), instrument, null, null, GesprekActie.Status.GEPLAND, null));
        }
        doorgeven.addFlashAttribute("melding", "actie.gekozen");
        return "redirect:/gesprekken/" + id + "/resultaten#acties";
    }
}
