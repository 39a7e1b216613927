package nl.samenspel.raad;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partijen: list, add, change (name, afkorting, lokaal/landelijk, aliassen for imports), remove when unused. A wrong
 * entry comes back (HTTP 400) with each problem next to its field; a partij in use says where it is used.
 */
@Controller
class PartijController {

    private static final Map<String, String> SOORTEN = new java.util.TreeMap<>(Map.of("LOKAAL", "raad.partij.soort.lokaal", "LANDELIJK", "raad.partij.soort.landelijk"));

    private final RegisterService register;

    PartijController(RegisterService register) {
        this.register = register;
    }

    @GetMapping("/raad/partijen")
    String lijst(Sessiegebruiker gebruiker, Model model) {
        return lijstpagina(gebruiker, new PartijFormulier(), model);
    }

    @PostMapping("/raad/partijen")
    String voegToe(Sessiegebruiker gebruiker, @ModelAttribute("formulier") PartijFormulier formulier, BindingResult fouten, Model model,
            HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        Long g = gebruiker.gemeenteId();
        var gegevens = formulier.controleer(fouten, register.partijen(g), null);
        if (gegevens.isPresent() && Veldcontrole.uitgevoerd(fouten, () -> register.bewaarPartij(g, null, gegevens.get()))) {
            doorgeven.addFlashAttribute("melding", "raad.partij.opgeslagen");
            return "redirect:/raad/partijen";
        }
        antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return lijstpagina(gebruiker, formulier, model);
    }

    private String lijstpagina(Sessiegebruiker gebruiker, PartijFormulier formulier, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        model.addAttribute("partijen", register.partijen(gebruiker.gemeenteId()));
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        model.addAttribute("formulier", formulier);
        model.addAttribute("soorten", SOORTEN);
        return "raad/partijen";
    }

    @GetMapping("/raad/partijen/{id}")
    String bewerk(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        return partijpagina(gebruiker, register.partij(gebruiker.gemeenteId(), id), null, model);
    }

    @PostMapping("/raad/partijen/{id}")
    String wijzig(Sessiegebruiker gebruiker, @PathVariable Long id, @ModelAttribute("formulier") PartijFormulier formulier,
            BindingResult fouten, Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        Long g = gebruiker.gemeenteId();
        Partij partij = register.partij(g, id);
        var gegevens = formulier.controleer(fouten, register.partijen(g), id);
        if (gegevens.isPresent() && Veldcontrole.uitgevoerd(fouten, () -> register.bewaarPartij(g, id, gegevens.get()))) {
            doorgeven.addFlashAttribute("melding", "raad.partij.opgeslagen");
            return "redirect:/raad/partijen";
        }
        antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return partijpagina(gebruiker, partij, formulier, model);
    }

    @PostMapping("/raad/partijen/{id}/verwijderen")
    String verwijder(Sessiegebruiker gebruiker, @PathVariable Long id, Model model, HttpServletResponse antwoord,
            RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        Long g = gebruiker.gemeenteId();
        Partij partij = register.partij(g, id);
        BindingResult fouten = new BeanPropertyBindingResult(partij, "verwijdering");
        Partijgebruik gebruik = register.gebruik(g, id);
        if (gebruik.inGebruik()) {
            gebruik.meld(new Veldcontrole(fouten), partij.naam());
        } else if (Veldcontrole.uitgevoerd(fouten, () -> register.verwijderPartij(g, id))) {
            doorgeven.addFlashAttribute("melding", "raad.partij.verwijderd");
            return "redirect:/raad/partijen";
        }
        antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("verwijdering", partij);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "verwijdering", fouten);
        return partijpagina(gebruiker, partij, null, model);
    }

    private String partijpagina(Sessiegebruiker gebruiker, Partij partij, PartijFormulier formulier, Model model) {
        model.addAttribute("partij", partij);
        model.addAttribute("formulier", formulier == null ? PartijFormulier.van(partij) : formulier);
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        model.addAttribute("soorten", SOORTEN);
        return "raad/partij";
    }
}
