package nl.samenspel.goedegesprek;

import java.util.List;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Filling in the vragenlijst: with an account (/gesprekken/{id}/invullen) or with a single-use
 * link (/deelnemen/{code}, no account needed). Draft first if you like; submit once.
 */
@Controller
class InvulController {

    private static final Vragenlijst VRAGENLIJST = VragenlijstLezer.standaard();

    private final GesprekService gesprekken;
    private final InvulService invullen;

    InvulController(GesprekService gesprekken, InvulService invullen) {
        this.gesprekken = gesprekken;
        this.invullen = invullen;
    }

    @GetMapping("/gesprekken/{id}/invullen")
    String metAccount(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        Deelname deelname = gesprekken.deelnameVan(gebruiker, id);
        return formulier(deelname, Invulformulier.van(deelname), List.of(), "/gesprekken/" + id + "/invullen", model);
    }

    @PostMapping("/gesprekken/{id}/invullen")
    String bewaarMetAccount(Sessiegebruiker gebruiker, @PathVariable Long id, @ModelAttribute("formulier") Invulformulier formulier,
            @RequestParam(defaultValue = "concept") String actie, Model model, RedirectAttributes doorgeven) {
        Deelname deelname = gesprekken.deelnameVan(gebruiker, id);
        return bewaar(deelname, formulier, actie, "/gesprekken/" + id + "/invullen", model, doorgeven);
    }

    @GetMapping("/deelnemen/{code}")
    String metCode(@PathVariable String code, Model model) {
        Deelname deelname = gesprekken.deelnameMetCode(code);
        return formulier(deelname, Invulformulier.van(deelname), List.of(), "/deelnemen/" + code, model);
    }

    @PostMapping("/deelnemen/{code}")
    String bewaarMetCode(@PathVariable String code, @ModelAttribute("formulier") Invulformulier formulier,
            @RequestParam(defaultValue = "concept") String actie, Model model, RedirectAttributes doorgeven) {
        return bewaar(gesprekken.deelnameMetCode(code), formulier, actie, "/deelnemen/" + code, model, doorgeven);
    }

    private String bewaar(Deelname deelname, Invulformulier formulier, String actie, String pad, Model model,
            RedirectAttributes doorgeven) {
        boolean indienen = "indienen".equals(actie);
        try {
            List<Invulregels.Fout> fouten = invullen.bewaar(deelname, formulier, indienen);
            if (!fouten.isEmpty()) {
                return formulier(deelname, formulier, fouten, pad, model);
            }
            doorgeven.addFlashAttribute("melding", indienen ? "invullen.ingediend" : "invullen.concept-bewaard");
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:" + pad;
    }

    private String formulier(Deelname deelname, Invulformulier formulier, List<Invulregels.Fout> fouten, String pad, Model model) {
        Gesprek gesprek = gesprekken.gesprekVan(deelname);
        model.addAttribute("gesprek", gesprek);
        model.addAttribute("deelname", deelname);
        model.addAttribute("formulier", formulier);
        model.addAttribute("fouten", fouten);
        model.addAttribute("vragenlijst", VRAGENLIJST);
        model.addAttribute("groepen", Groep.values());
        model.addAttribute("actiePad", pad);
        model.addAttribute("naamVragen", deelname.gebruikerId() == null && !gesprek.isAnoniem());
        return "goedegesprek/invullen";
    }
}
