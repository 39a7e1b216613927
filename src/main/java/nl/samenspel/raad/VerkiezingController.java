package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Verkiezingen with seats per partij; an election's result can open the fracties of the new raad. */
@Controller
class VerkiezingController {

    private final RegisterService register;

    VerkiezingController(RegisterService register) {
        this.register = register;
    }

    @GetMapping("/raad/verkiezingen")
    String lijst(Sessiegebruiker gebruiker, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        model.addAttribute("verkiezingen", register.verkiezingen(gebruiker.gemeenteId()));
        model.addAttribute("partijen", register.partijen(gebruiker.gemeenteId()));
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        return "raad/verkiezingen";
    }

    /** Adds an election, or replaces the result of the election on that date. Fields zetels-{partijId}. */
    @PostMapping("/raad/verkiezingen")
    String bewaar(Sessiegebruiker gebruiker, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
            @RequestParam Map<String, String> velden, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        try {
            Map<Long, Integer> zetels = new LinkedHashMap<>();
            for (var veld : velden.entrySet()) {
                if (veld.getKey().startsWith("zetels-") && !veld.getValue().isBlank()) {
                    zetels.put(Long.valueOf(veld.getKey().substring("zetels-".length())), geheel(veld.getValue()));
                }
            }
            register.bewaarUitslag(gebruiker.gemeenteId(), datum, zetels);
            doorgeven.addFlashAttribute("melding", "raad.verkiezing.opgeslagen");
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/raad/verkiezingen";
    }

    private static int geheel(String tekst) {
        try {
            return Integer.parseInt(tekst.strip());
        } catch (NumberFormatException e) {
            throw new OngeldigVerzoekException("zetels", "'%s' is geen aantal zetels.".formatted(tekst));
        }
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
