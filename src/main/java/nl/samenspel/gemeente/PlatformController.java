package nl.samenspel.gemeente;

import jakarta.validation.Valid;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platformbeheerder creates gemeenten, each with its first beheerder. */
@Controller
@RequestMapping("/platform/gemeenten")
class PlatformController {

    /** The form: the gemeente plus its first beheerder account. */
    record NieuweGemeente(@Valid GemeenteGegevens gemeente, @Valid NieuweGebruiker beheerder) {
    }

    private final GemeenteService gemeenten;

    PlatformController(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    @GetMapping
    String lijst(Model model) {
        model.addAttribute("gemeenten", gemeenten.alle());
        return "platform/gemeenten";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        model.addAttribute("nieuw", new NieuweGemeente(new GemeenteGegevens("", "", null, null),
                new NieuweGebruiker("", "", "", "", null)));
        return "platform/gemeente-nieuw";
    }

    @PostMapping
    String maak(@Valid @ModelAttribute("nieuw") NieuweGemeente nieuw, BindingResult fouten, RedirectAttributes doorgeven) {
        if (!fouten.hasErrors()) {
            try {
                gemeenten.maak(nieuw.gemeente(), nieuw.beheerder());
                doorgeven.addFlashAttribute("melding", "gemeente.aangemaakt");
                return "redirect:/platform/gemeenten";
            } catch (OngeldigVerzoekException e) {
                String veld = "cbsCode".equals(e.veld()) ? "gemeente.cbsCode" : "beheerder." + e.veld();
                Formulieren.meld(new OngeldigVerzoekException(veld, e.getMessage()), fouten);
            }
        }
        return "platform/gemeente-nieuw";
    }
}
