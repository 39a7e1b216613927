package nl.samenspel.gemeente;

import jakarta.validation.Valid;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The beheerder manages the gemeente's accounts and their roles. */
@Controller
@RequestMapping("/beheer/gebruikers")
class GebruikerController {

    private final GebruikerService gebruikers;

    GebruikerController(GebruikerService gebruikers) {
        this.gebruikers = gebruikers;
    }

    @ModelAttribute("alleRollen")
    Rol[] alleRollen() {
        return Rol.values();
    }

    @GetMapping
    String lijst(Sessiegebruiker gebruiker, Model model) {
        model.addAttribute("gebruikers", gebruikers.vanGemeente(gebruiker.gemeenteId()));
        return "beheer/gebruikers";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        model.addAttribute("nieuw", new NieuweGebruiker("", "", "", "", null));
        return "beheer/gebruiker-nieuw";
    }

    @PostMapping
    String maak(Sessiegebruiker gebruiker, @Valid @ModelAttribute("nieuw") NieuweGebruiker nieuw, BindingResult fouten,
            RedirectAttributes doorgeven) {
        if (!fouten.hasErrors()) {
            try {
                gebruikers.maak(gebruiker.gemeenteId(), nieuw);
                doorgeven.addFlashAttribute("melding", "gebruiker.aangemaakt");
                return "redirect:/beheer/gebruikers";
            } catch (OngeldigVerzoekException e) {
                Formulieren.meld(e, fouten);
            }
        }
        return "beheer/gebruiker-nieuw";
    }

    @GetMapping("/{id}")
    String bewerk(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        Gebruiker account = gebruikers.gebruiker(gebruiker.gemeenteId(), id);
        model.addAttribute("account", account);
        model.addAttribute("wijziging", GebruikerWijziging.van(account));
        return "beheer/gebruiker";
    }

    @PostMapping("/{id}")
    String wijzig(Sessiegebruiker gebruiker, @PathVariable Long id, @Valid @ModelAttribute("wijziging") GebruikerWijziging wijziging,
            BindingResult fouten, Model model, RedirectAttributes doorgeven) {
        Gebruiker account = gebruikers.gebruiker(gebruiker.gemeenteId(), id);
        if (!fouten.hasErrors()) {
            try {
                gebruikers.wijzig(gebruiker, id, wijziging);
                doorgeven.addFlashAttribute("melding", "gebruiker.opgeslagen");
                return "redirect:/beheer/gebruikers";
            } catch (OngeldigVerzoekException e) {
                Formulieren.meld(e, fouten);
            }
        }
        model.addAttribute("account", account);
        return "beheer/gebruiker";
    }

    @PostMapping("/{id}/wachtwoord")
    String zetWachtwoord(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestParam("wachtwoord") String wachtwoord,
            RedirectAttributes doorgeven) {
        try {
            gebruikers.zetWachtwoord(gebruiker.gemeenteId(), id, wachtwoord);
            doorgeven.addFlashAttribute("melding", "gebruiker.wachtwoord-gezet");
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/beheer/gebruikers/" + id;
    }
}
