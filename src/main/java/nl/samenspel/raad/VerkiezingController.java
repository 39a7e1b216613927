package nl.samenspel.raad;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Verkiezingen with seats per partij; an election's result can open the fracties of the new raad. */
@Controller
class VerkiezingController {

    private final RegisterService register;
    private final Clock klok;

    VerkiezingController(RegisterService register, Clock klok) {
        this.register = register;
        this.klok = klok;
    }

    @GetMapping("/raad/verkiezingen")
    String lijst(Sessiegebruiker gebruiker, Model model) {
        return pagina(gebruiker, new VerkiezingFormulier(), model);
    }

    /** Adds an election, or replaces the result of the election on that date. Fields zetels[partijId]. */
    @PostMapping("/raad/verkiezingen")
    String bewaar(Sessiegebruiker gebruiker, @ModelAttribute("formulier") VerkiezingFormulier formulier, BindingResult fouten, Model model,
            HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        Long g = gebruiker.gemeenteId();
        var invoer = formulier.controleer(fouten, register.partijenPerId(g), LocalDate.now(klok));
        if (invoer.isPresent() && Veldcontrole.uitgevoerd(fouten, () -> register.bewaarUitslag(g, invoer.get().datum(), invoer.get().zetels()))) {
            doorgeven.addFlashAttribute("melding", "raad.verkiezing.opgeslagen");
            return "redirect:/raad/verkiezingen";
        }
        antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return pagina(gebruiker, formulier, model);
    }

    private String pagina(Sessiegebruiker gebruiker, VerkiezingFormulier formulier, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        model.addAttribute("verkiezingen", register.verkiezingen(gebruiker.gemeenteId()));
        model.addAttribute("partijen", register.partijen(gebruiker.gemeenteId()));
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        model.addAttribute("formulier", formulier);
        return "raad/verkiezingen";
    }

    @PostMapping("/raad/verkiezingen/{id}/fracties")
    String fracties(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        register.fractiesUitVerkiezing(gebruiker.gemeenteId(), id);
        doorgeven.addFlashAttribute("melding", "raad.verkiezing.fracties-gemaakt");
        return "redirect:/raad/fracties";
    }

    @PostMapping("/raad/verkiezingen/{id}/verwijderen")
    String verwijder(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        register.verwijderVerkiezing(gebruiker.gemeenteId(), id);
        doorgeven.addFlashAttribute("melding", "raad.verkiezing.verwijderd");
        return "redirect:/raad/verkiezingen";
    }
}
