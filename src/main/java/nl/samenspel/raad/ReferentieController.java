package nl.samenspel.raad;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reference values (national averages) with their sources: list, add, change, remove; a wrong entry comes back with HTTP 400. */
@Controller
class ReferentieController {

    private final ReferentieService referenties;

    ReferentieController(ReferentieService referenties) {
        this.referenties = referenties;
    }

    @GetMapping("/raad/referenties")
    String lijst(Sessiegebruiker gebruiker, Model model) {
        return lijstpagina(gebruiker, new ReferentieFormulier(), model);
    }

    @PostMapping("/raad/referenties")
    String voegToe(Sessiegebruiker gebruiker, @ModelAttribute("formulier") ReferentieFormulier formulier, BindingResult fouten, Model model,
            HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        if (bewaard(gebruiker, null, formulier, fouten, doorgeven)) {
            return "redirect:/raad/referenties";
        }
        antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return lijstpagina(gebruiker, formulier, model);
    }

    private String lijstpagina(Sessiegebruiker gebruiker, ReferentieFormulier formulier, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        model.addAttribute("referenties", referenties.referenties(gebruiker.gemeenteId()));
        model.addAttribute("indicatoren", indicatoren());
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        model.addAttribute("formulier", formulier);
        return "raad/referenties";
    }

    @GetMapping("/raad/referenties/{id}")
    String toon(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        Referentiewaarde referentie = referenties.referentie(gebruiker.gemeenteId(), id);
        return pagina(gebruiker, referentie, ReferentieFormulier.van(referentie), model);
    }

    @PostMapping("/raad/referenties/{id}")
    String wijzig(Sessiegebruiker gebruiker, @PathVariable Long id, @ModelAttribute("formulier") ReferentieFormulier formulier,
            BindingResult fouten, Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        Referentiewaarde referentie = referenties.referentie(gebruiker.gemeenteId(), id);
        if (bewaard(gebruiker, id, formulier, fouten, doorgeven)) {
            return "redirect:/raad/referenties";
        }
        antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return pagina(gebruiker, referentie, formulier, model);
    }

    private String pagina(Sessiegebruiker gebruiker, Referentiewaarde referentie, ReferentieFormulier formulier, Model model) {
        model.addAttribute("referentie", referentie);
        model.addAttribute("formulier", formulier);
        model.addAttribute("indicatoren", indicatoren());
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        return "raad/referentie";
    }

    private boolean bewaard(Sessiegebruiker gebruiker, Long id, ReferentieFormulier formulier, BindingResult fouten,
            RedirectAttributes doorgeven) {
        Long g = gebruiker.gemeenteId();
        var waarde = formulier.controleer(fouten, referenties.referenties(g), id);
        if (waarde.isPresent() && Veldcontrole.uitgevoerd(fouten, () -> referenties.bewaar(g, id, waarde.get().indicator(),
                waarde.get().gemeentegrootte(), waarde.get().waarde(), waarde.get().bron()))) {
            doorgeven.addFlashAttribute("melding", "raad.referentie.opgeslagen");
            return true;
        }
        return false;
    }

    private static Map<String, String> indicatoren() {
        Map<String, String> keuzes = new LinkedHashMap<>();
        for (Referentiewaarde.Indicator i : Referentiewaarde.Indicator.values()) {
            keuzes.put(i.name(), i.sleutel());
        }
        return keuzes;
    }

    @PostMapping("/raad/referenties/{id}/verwijderen")
    String verwijder(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        referenties.verwijder(gebruiker.gemeenteId(), id);
        doorgeven.addFlashAttribute("melding", "raad.referentie.verwijderd");
        return "redirect:/raad/referenties";
    }
}
