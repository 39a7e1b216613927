package nl.samenspel.gemeente;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The beheerder keeps the gemeente's own figures up to date; the CBS-code is fixed. */
@Controller
@RequestMapping("/beheer/gemeente")
class GemeenteBeheerController {

    private final GemeenteService gemeenten;

    GemeenteBeheerController(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    @ModelAttribute("cbsCode")
    String cbsCode(Sessiegebruiker gebruiker) {
        return gemeenten.gemeente(gebruiker.gemeenteId()).cbsCode();
    }

    @GetMapping
    String toon(Sessiegebruiker gebruiker, Model model) {
        model.addAttribute("gegevens", GemeenteGegevens.van(gemeenten.gemeente(gebruiker.gemeenteId())));
        return "beheer/gemeente";
    }

    @PostMapping
    String wijzig(Sessiegebruiker gebruiker, @Valid @ModelAttribute("gegevens") GemeenteGegevens gegevens, BindingResult fouten,
            RedirectAttributes doorgeven) {
        if (fouten.hasErrors()) {
            return "beheer/gemeente";
        }
        gemeenten.wijzig(gebruiker.gemeenteId(), gegevens);
        doorgeven.addFlashAttribute("melding", "gemeente.opgeslagen");
        return "redirect:/beheer/gemeente";
    }
}
