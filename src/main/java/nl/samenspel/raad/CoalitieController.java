package nl.samenspel.raad;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coalities: add with member partijen, a partij leaves, the coalitie ends; a wrong entry comes back with HTTP 400. */
@Controller
class CoalitieController {

    private final RegisterService register;
    private final RapportService rapporten;
    private final Clock klok;

    CoalitieController(RegisterService register, RapportService rapporten, Clock klok) {
        this.register = register;
        this.rapporten = rapporten;
        this.klok = klok;
    }

    @GetMapping("/raad/coalities")
    String lijst(Sessiegebruiker gebruiker, Model model) {
        return lijstpagina(gebruiker, new CoalitieFormulier(), model);
    }

    @PostMapping("/raad/coalities")
    String voegToe(Sessiegebruiker gebruiker, @ModelAttribute("formulier") CoalitieFormulier formulier, BindingResult fouten, Model model,
            HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        Long g = gebruiker.gemeenteId();
        var invoer = formulier.controleer(fouten, register.partijenPerId(g), register.coalities(g), register.periodes(g), LocalDate.now(klok));
        Coalitie[] nieuw = new Coalitie[1];
        if (invoer.isPresent() && Veldcontrole.uitgevoerd(fouten,
                () -> nieuw[0] = register.voegCoalitieToe(g, invoer.get().naam(), invoer.get().begin(), invoer.get().partijen()))) {
            doorgeven.addFlashAttribute("melding", "raad.coalitie.opgeslagen");
            return "redirect:/raad/coalities/" + nieuw[0].id();
        }
        antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return lijstpagina(gebruiker, formulier, model);
    }

    private String lijstpagina(Sessiegebruiker gebruiker, CoalitieFormulier formulier, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        model.addAttribute("coalities", rapporten.coalities(gebruiker.gemeenteId()));
        model.addAttribute("partijen", register.partijen(gebruiker.gemeenteId()));
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        model.addAttribute("formulier", formulier);
        return "raad/coalities";
    }

    @GetMapping("/raad/coalities/{id}")
    String toon(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        return pagina(gebruiker, register.coalitie(gebruiker.gemeenteId(), id), model);
    }

    @PostMapping("/raad/coalities/{id}/vertrek")
    String vertrek(Sessiegebruiker gebruiker, @PathVariable Long id, @ModelAttribute("vertrek") VertrekFormulier formulier,
            BindingResult fouten, Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        Long g = gebruiker.gemeenteId();
        Coalitie coalitie = register.coalitie(g, id);
        var vertrek = formulier.controleerVertrek(fouten, coalitie, register.partijenPerId(g), LocalDate.now(klok));
        if (vertrek.isPresent() && Veldcontrole.uitgevoerd(fouten,
                () -> register.partijVertrekt(g, id, vertrek.get().partij(), vertrek.get().datum()))) {
            doorgeven.addFlashAttribute("melding", "raad.coalitie.vertrek-opgeslagen");
            return "redirect:/raad/coalities/" + id;
        }
        antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return pagina(gebruiker, coalitie, model);
    }

    @PostMapping("/raad/coalities/{id}/einde")
    String einde(Sessiegebruiker gebruiker, @PathVariable Long id, @ModelAttribute("einde") VertrekFormulier formulier,
            BindingResult fouten, Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        Long g = gebruiker.gemeenteId();
        Coalitie coalitie = register.coalitie(g, id);
        var einde = formulier.controleerEinde(fouten, coalitie, LocalDate.now(klok));
        if (einde.isPresent() && Veldcontrole.uitgevoerd(fouten, () -> register.beeindigCoalitie(g, id, einde.get()))) {
            doorgeven.addFlashAttribute("melding", "raad.coalitie.beeindigd");
            return "redirect:/raad/coalities/" + id;
        }
        antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return pagina(gebruiker, coalitie, model);
    }

    /** The coalitie page; the form that was not posted starts empty. */
    private String pagina(Sessiegebruiker gebruiker, Coalitie coalitie, Model model) {
        var partijen = register.partijenPerId(gebruiker.gemeenteId());
        model.addAttribute("coalitie", coalitie);
        model.addAttribute("partijen", partijen);
        model.addAttribute("leden", coalitie.partijen().stream().sorted(Comparator.comparing(Coalitie.Coalitiepartij::vanaf)).toList());
        model.addAttribute("zittend", coalitie.partijen().stream().filter(l -> l.tot() == null)
                .map(l -> partijen.get(l.partijId())).sorted(Comparator.comparing(Partij::naam)).toList());
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        if (!model.containsAttribute("vertrek")) {
            model.addAttribute("vertrek", new VertrekFormulier());
        }
        if (!model.containsAttribute("einde")) {
            model.addAttribute("einde", new VertrekFormulier());
        }
        return "raad/coalitie";
    }

    @PostMapping("/raad/coalities/{id}/verwijderen")
    String verwijder(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        register.verwijderCoalitie(gebruiker.gemeenteId(), id);
        doorgeven.addFlashAttribute("melding", "raad.coalitie.verwijderd");
        return "redirect:/raad/coalities";
    }
}
