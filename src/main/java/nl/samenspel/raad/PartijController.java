package nl.samenspel.raad;

import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partijen: list, add, change (name, afkorting, lokaal/landelijk, aliassen for imports), remove when unused. */
@Controller
class PartijController {

    private final RegisterService register;

    PartijController(RegisterService register) {
        this.register = register;
    }

    @GetMapping("/raad/partijen")
    String lijst(Sessiegebruiker gebruiker, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        model.addAttribute("partijen", register.partijen(gebruiker.gemeenteId()));
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        return "raad/partijen";
    }

    @PostMapping("/raad/partijen")
    String voegToe(Sessiegebruiker gebruiker, @RequestParam(defaultValue = "") String naam, @RequestParam(required = false) String afkorting,
            @RequestParam(required = false) Partij.Partijsoort soort, @RequestParam(required = false) String aliassen,
            RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        try {
            register.bewaarPartij(gebruiker.gemeenteId(), null, new RegisterService.PartijGegevens(naam, afkorting, soort, aliassen));
            doorgeven.addFlashAttribute("melding", "raad.partij.opgeslagen");
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/raad/partijen";
    }

    @GetMapping("/raad/partijen/{id}")
    String bewerk(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        model.addAttribute("partij", register.partij(gebruiker.gemeenteId(), id));
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        return "raad/partij";
    }

    @PostMapping("/raad/partijen/{id}")
    String wijzig(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestParam(defaultValue = "") String naam,
            @RequestParam(required = false) String afkorting, @RequestParam(required = false) Partij.Partijsoort soort,
            @RequestParam(required = false) String aliassen, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        register.partij(gebruiker.gemeenteId(), id);
        try {
            register.bewaarPartij(gebruiker.gemeenteId(), id, new RegisterService.PartijGegevens(naam, afkorting, soort, aliassen));
            doorgeven.addFlashAttribute("melding", "raad.partij.opgeslagen");
            return "redirect:/raad/partijen";
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
            return "redirect:/raad/partijen/" + id;
        }
    }

    @PostMapping("/raad/partijen/{id}/verwijderen")
    String verwijder(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        try {
            register.verwijderPartij(gebruiker.gemeenteId(), id);
            doorgeven.addFlashAttribute("melding", "raad.partij.verwijderd");
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/raad/partijen";
    }
}
