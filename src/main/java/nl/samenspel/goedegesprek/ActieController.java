package nl.samenspel.goedegesprek;

import jakarta.validation.Valid;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.NietGevondenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Stap 4 of the seed, inzetten: a chosen instrument becomes an action with an owner, a due date and a status. */
@Controller
class ActieController {

    private static final Escalatieladder LADDER = Escalatieladder.standaard();

    private final GesprekService gesprekken;
    private final GesprekActieRepository acties;

    ActieController(GesprekService gesprekken, GesprekActieRepository acties) {
        this.gesprekken = gesprekken;
        this.acties = acties;
    }

    @ModelAttribute("statussen")
    GesprekActie.Status[] statussen() {
        return GesprekActie.Status.values();
    }

    @GetMapping("/gesprekken/{id}/acties/{actieId}")
    String toon(Sessiegebruiker gebruiker, @PathVariable Long id, @PathVariable Long actieId, Model model) {
        GesprekService.vereisFacilitator(gebruiker);
        GesprekActie actie = actie(gebruiker, id, actieId);
        model.addAttribute("gegevens", ActieGegevens.van(actie));
        return pagina(gebruiker, actie, model);
    }

    @PostMapping("/gesprekken/{id}/acties/{actieId}")
    String bewaar(Sessiegebruiker gebruiker, @PathVariable Long id, @PathVariable Long actieId,
            @Valid @ModelAttribute("gegevens") ActieGegevens gegevens, BindingResult fouten, Model model, RedirectAttributes doorgeven) {
        GesprekService.vereisFacilitator(gebruiker);
        GesprekActie actie = actie(gebruiker, id, actieId);
        if (fouten.hasErrors()) {
            return pagina(gebruiker, actie, model);
        }
        acties.save(gegevens.toegepastOp(actie));
        doorgeven.addFlashAttribute("melding", "actie.opgeslagen");
        return "redirect:/gesprekken/" + id + "/resultaten#acties";
    }

    private GesprekActie actie(Sessiegebruiker gebruiker, Long gesprekId, Long actieId) {
        Gesprek gesprek = gesprekken.gesprek(gebruiker.gemeenteId(), gesprekId);
        return acties.findById(actieId).filter(a -> a.gesprekId().equals(gesprek.id()))
                .orElseThrow(() -> new NietGevondenException("Actie"));
    }

    private String pagina(Sessiegebruiker gebruiker, GesprekActie actie, Model model) {
        model.addAttribute("gesprek", gesprekken.gesprek(gebruiker.gemeenteId(), actie.gesprekId()));
        model.addAttribute("actie", actie);
        model.addAttribute("instrument", LADDER.instrument(actie.instrument()).orElse(null));
        return "goedegesprek/actie";
    }
}
