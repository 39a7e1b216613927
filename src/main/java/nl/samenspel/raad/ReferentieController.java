package nl.samenspel.raad;

import java.math.BigDecimal;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reference values (national averages) with their sources: list, add, change, remove. */
@Controller
class ReferentieController {

    private final ReferentieService referenties;

    ReferentieController(ReferentieService referenties) {
        this.referenties = referenties;
    }

    @GetMapping("/raad/referenties")
    String lijst(Sessiegebruiker gebruiker, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        model.addAttribute("referenties", referenties.referenties(gebruiker.gemeenteId()));
        model.addAttribute("indicatoren", Referentiewaarde.Indicator.values());
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        return "raad/referenties";
    }

    @PostMapping("/raad/referenties")
    String voegToe(Sessiegebruiker gebruiker, @RequestParam(required = false) Referentiewaarde.Indicator indicator,
            @RequestParam(defaultValue = "") String gemeentegrootte, @RequestParam(defaultValue = "") String waarde,
            @RequestParam(defaultValue = "") String bron, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        return bewaar(gebruiker, null, indicator, gemeentegrootte, waarde, bron, doorgeven);
    }

    @GetMapping("/raad/referenties/{id}")
    String toon(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        model.addAttribute("referentie", referenties.referentie(gebruiker.gemeenteId(), id));
        model.addAttribute("indicatoren", Referentiewaarde.Indicator.values());
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        return "raad/referentie";
    }

    @PostMapping("/raad/referenties/{id}")
    String wijzig(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestParam(required = false) Referentiewaarde.Indicator indicator,
            @RequestParam(defaultValue = "") String gemeentegrootte, @RequestParam(defaultValue = "") String waarde,
            @RequestParam(defaultValue = "") String bron, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        referenties.referentie(gebruiker.gemeenteId(), id);
        return bewaar(gebruiker, id, indicator, gemeentegrootte, waarde, bron, doorgeven);
    }

    private String bewaar(Sessiegebruiker gebruiker, Long id, Referentiewaarde.Indicator indicator, String gemeentegrootte, String waarde,
            String bron, RedirectAttributes doorgeven) {
        try {
            referenties.bewaar(gebruiker.gemeenteId(), id, indicator, gemeentegrootte, getal(waarde), bron);
            doorgeven.addFlashAttribute("melding", "raad.referentie.opgeslagen");
            return "redirect:/raad/referenties";
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
            return id == null ? "redirect:/raad/referenties" : "redirect:/raad/referenties/" + id;
        }
    }

    /** Accepts 7,3 as well as 7.3. */
    static BigDecimal getal(String tekst) {
        try {
            return new BigDecimal(tekst.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new OngeldigVerzoekException("waarde", "'%s' is geen getal.".formatted(tekst));
        }
    }

    @PostMapping("/raad/referenties/{id}/verwijderen")
    String verwijder(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        referenties.verwijder(gebruiker.gemeenteId(), id);
        doorgeven.addFlashAttribute("melding", "raad.referentie.verwijderd");
        return "redirect:/raad/referenties";
    }
}
