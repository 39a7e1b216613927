package nl.samenspel.raad;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Fracties on a date, their history, and afsplitsingen (a wrong one comes back with HTTP 400 and its errors). */
@Controller
class FractieController {

    private final RegisterService register;
    private final Clock klok;

    FractieController(RegisterService register, Clock klok) {
        this.register = register;
        this.klok = klok;
    }

    @GetMapping("/raad/fracties")
    String lijst(Sessiegebruiker gebruiker, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate op,
            Model model) {
        return pagina(gebruiker, op, new AfsplitsingFormulier(), model);
    }

    @PostMapping("/raad/fracties/afsplitsing")
    String afsplitsing(Sessiegebruiker gebruiker, @ModelAttribute("formulier") AfsplitsingFormulier formulier, BindingResult fouten,
            Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        Long g = gebruiker.gemeenteId();
        var invoer = formulier.controleer(fouten, register.partijenPerId(g), register.fracties(g), register.periodes(g), LocalDate.now(klok));
        if (invoer.isPresent() && Veldcontrole.uitgevoerd(fouten, () -> {
            AfsplitsingFormulier.Invoer i = invoer.get();
            register.afsplitsing(g, i.moeder(), i.naam(), i.zetels(), i.datum());
        })) {
            doorgeven.addFlashAttribute("melding", "raad.afsplitsing.opgeslagen");
            return "redirect:/raad/fracties";
        }
        antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return pagina(gebruiker, null, formulier, model);
    }

    private String pagina(Sessiegebruiker gebruiker, LocalDate op, AfsplitsingFormulier formulier, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        Long g = gebruiker.gemeenteId();
        LocalDate datum = op == null ? LocalDate.now(klok) : op;
        model.addAttribute("datum", datum);
        model.addAttribute("partijen", register.partijenPerId(g));
        model.addAttribute("alleenPartijen", register.partijen(g));
        model.addAttribute("huidig", register.fractiesOp(g, datum));
        var geschiedenis = new ArrayList<>(register.fracties(g));
        Collections.reverse(geschiedenis);
        model.addAttribute("geschiedenis", geschiedenis);
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        model.addAttribute("formulier", formulier);
        return "raad/fracties";
    }
}
