package nl.samenspel.raad;

import java.time.Clock;
import java.time.LocalDate;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Fracties on a date, their history, and afsplitsingen. */
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
        RaadToegang.vereisLezer(gebruiker);
        LocalDate datum = op == null ? LocalDate.now(klok) : op;
        var partijen = register.partijenPerId(gebruiker.gemeenteId());
        model.addAttribute("datum", datum);
        model.addAttribute("partijen", partijen);
        model.addAttribute("alleenPartijen", register.partijen(gebruiker.gemeenteId()));
        model.addAttribute("huidig", register.fractiesOp(gebruiker.gemeenteId(), datum));
        var geschiedenis = new java.util.ArrayList<>(register.fracties(gebruiker.gemeenteId()));
        java.util.Collections.reverse(geschiedenis);
        model.addAttribute("geschiedenis", geschiedenis);
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        return "raad/fracties";
    }

    @PostMapping("/raad/fracties/afsplitsing")
    String afsplitsing(Sessiegebruiker gebruiker, @RequestParam(required = false) Long moeder, @RequestParam(defaultValue = "") String naam,
            @RequestParam(defaultValue = "1") int zetels,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        try {
            if (moeder == null) {
                throw new OngeldigVerzoekException("moeder", "Kies de fractie waarvan leden afsplitsen.");
            }
            register.afsplitsing(gebruiker.gemeenteId(), moeder, naam, zetels, datum);
            doorgeven.addFlashAttribute("melding", "raad.afsplitsing.opgeslagen");
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/raad/fracties";
    }
}
