package nl.samenspel.enquete;

import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The comparison with other gemeenten: the page and the beheerder's choice to take part (the JSON is in VergelijkingApiController). */
@Controller
class VergelijkingController {

    private final VergelijkingService vergelijkingen;

    VergelijkingController(VergelijkingService vergelijkingen) {
        this.vergelijkingen = vergelijkingen;
    }

    @GetMapping("/enquete/vergelijking")
    String pagina(Sessiegebruiker gebruiker, Model model) {
        model.addAttribute("overzicht", vergelijkingen.overzicht(gebruiker));
        model.addAttribute("instrument", InstrumentLezer.standaard());
        model.addAttribute("beheerder", MetingService.isBeheerder(gebruiker));
        model.addAttribute("minimumGemeenten", Vergelijking.MINIMUM_GEMEENTEN);
        model.addAttribute("minimumResponsen", Vergelijking.MINIMUM_RESPONSEN);
        return "enquete/vergelijking";
    }

    @PostMapping("/enquete/vergelijking/deelname")
    String deelname(Sessiegebruiker gebruiker, @RequestParam(defaultValue = "false") boolean deelnemen, RedirectAttributes doorgeven) {
        vergelijkingen.zetDeelname(gebruiker, deelnemen);
        doorgeven.addFlashAttribute("melding", deelnemen ? "enquete.vergelijking.aangemeld" : "enquete.vergelijking.afgemeld");
        return "redirect:/enquete/vergelijking";
    }
}
