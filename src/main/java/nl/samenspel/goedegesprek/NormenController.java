package nl.samenspel.goedegesprek;

import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stap 1 of the seed, before answers open: the gemeente sets its norms. While a gesprek is in
 * preparation the facilitator may change them (each change is a new version of the gemeente's
 * norm set); once it is opened its version is fixed and a change is refused.
 */
@Controller
class NormenController {

    private final GesprekService gesprekken;
    private final Normenbeheer normen;

    NormenController(GesprekService gesprekken, Normenbeheer normen) {
        this.gesprekken = gesprekken;
        this.normen = normen;
    }

    @GetMapping("/gesprekken/{id}/normen")
    String toon(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        Gesprek gesprek = gesprekken.gesprek(gebruiker.gemeenteId(), id);
        OpgeslagenNormenset set = normen.vanGesprek(gesprek);
        model.addAttribute("formulier", NormenFormulier.van(Normen.lees(set.inhoud())));
        return pagina(gebruiker, gesprek, set, model);
    }

    @PostMapping("/gesprekken/{id}/normen")
    String stelVast(Sessiegebruiker gebruiker, @PathVariable Long id, @ModelAttribute("formulier") NormenFormulier formulier,
            BindingResult fouten, Model model, RedirectAttributes doorgeven) {
        GesprekService.vereisFacilitator(gebruiker);
        Gesprek gesprek = gesprekken.gesprek(gebruiker.gemeenteId(), id);
        OpgeslagenNormenset set = normen.vanGesprek(gesprek);
        if (gesprek.status() != Gespreksstatus.VOORBEREIDING) {
            fouten.reject("", "De normen van dit gesprek liggen vast sinds het is geopend (versie %d, '%s'): zo beoordeelt iedereen de antwoorden met de normen die vooraf golden. Wijzig de normen voor een volgend gesprek."
                    .formatted(set.versie(), set.naam()));
        } else {
            formulier.controleer(fouten);
        }
        if (fouten.hasErrors()) {
            return pagina(gebruiker, gesprek, set, model);
        }
        Normen nieuw = formulier.alsNormen(Normen.lees(set.inhoud()), set.versie() + 1);
        normen.nieuweVersie(gebruiker.gemeenteId(), nieuw.naam(), nieuw.alsJson());
        doorgeven.addFlashAttribute("melding", "normen.vastgesteld");
        return "redirect:/gesprekken/" + id + "/normen";
    }

    private String pagina(Sessiegebruiker gebruiker, Gesprek gesprek, OpgeslagenNormenset set, Model model) {
        model.addAttribute("gesprek", gesprek);
        model.addAttribute("normenset", set);
        model.addAttribute("vragenlijst", ResultaatService.VRAGENLIJST);
        model.addAttribute("wijzigbaar", GesprekService.isFacilitator(gebruiker) && gesprek.status() == Gespreksstatus.VOORBEREIDING);
        return "goedegesprek/normen";
    }
}
