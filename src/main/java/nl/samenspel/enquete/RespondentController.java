package nl.samenspel.enquete;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.samenspel.gemeente.AfdelingService;
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
 * The respondent's pages, without an account: type the code from a letter, or follow the link;
 * answer; submit once. After submitting, the thank-you page carries no code.
 */
@Controller
class RespondentController {

    private final RespondentService invullen;
    private final AfdelingService afdelingen;

    RespondentController(RespondentService invullen, AfdelingService afdelingen) {
        this.invullen = invullen;
        this.afdelingen = afdelingen;
    }

    @GetMapping("/enquete/invullen")
    String code(@RequestParam(required = false) String code) {
        if (code != null && !code.isBlank()) {
            return "redirect:/enquete/invullen/" + Uitnodigingscode.normaliseer(code);
        }
        return "enquete/code";
    }

    @GetMapping("/enquete/invullen/{code}")
    String formulier(@PathVariable String code, Model model, HttpServletResponse antwoord) {
        return toon(code, new Invulformulier(), List.of(), model, antwoord);
    }

    @PostMapping("/enquete/invullen/{code}")
    String dienIn(@PathVariable String code, @ModelAttribute("formulier") Invulformulier formulier, Model model,
            HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        try {
            List<Invulregels.Fout> fouten = invullen.dienIn(code, formulier.getAfdelingId(), formulier.getAntwoorden(),
                    formulier.getOpmerking());
            if (!fouten.isEmpty()) {
                return toon(code, formulier, fouten, model, antwoord);
            }
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
            return "redirect:/enquete/invullen/" + code;
        }
        return "redirect:/enquete/bedankt";
    }

    @GetMapping("/enquete/bedankt")
    String bedankt() {
        return "enquete/bedankt";
    }

    private String toon(String code, Invulformulier formulier, List<Invulregels.Fout> fouten, Model model, HttpServletResponse antwoord) {
        RespondentService.Uitnodiging uitnodiging = invullen.uitnodiging(code);
        Meting meting = uitnodiging.meting();
        antwoord.setHeader("Cache-Control", "no-store");
        model.addAttribute("meting", meting);
        model.addAttribute("instrument", meting.instrument());
        model.addAttribute("formulier", formulier);
        model.addAttribute("fouten", fouten);
        model.addAttribute("code", code);
        model.addAttribute("open", invullen.ontvangt(meting));
        model.addAttribute("toegewezen", uitnodiging.toegewezenAfdeling() == null ? null
                : afdelingen.afdeling(meting.gemeenteId(), uitnodiging.toegewezenAfdeling()));
        model.addAttribute("afdelingen", afdelingen.vanGemeente(meting.gemeenteId()).stream()
                .filter(a -> meting.bevatAfdeling(a.id())).toList());
        return "enquete/invullen";
    }
}
