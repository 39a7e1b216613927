package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.List;
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

/** Coalities: add with member partijen, a partij leaves, the coalitie ends. */
@Controller
class CoalitieController {

    private final RegisterService register;
    private final RapportService rapporten;

    CoalitieController(RegisterService register, RapportService rapporten) {
        this.register = register;
        this.rapporten = rapporten;
    }

    @GetMapping("/raad/coalities")
    String lijst(Sessiegebruiker gebruiker, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        model.addAttribute("coalities", rapporten.coalities(gebruiker.gemeenteId()));
        model.addAttribute("partijen", register.partijen(gebruiker.gemeenteId()));
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        return "raad/coalities";
    }

    @PostMapping("/raad/coalities")
    String voegToe(Sessiegebruiker gebruiker, @RequestParam(defaultValue = "") String naam,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate begin,
            @RequestParam(required = false) List<Long> partijen, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        try {
            Coalitie coalitie = register.voegCoalitieToe(gebruiker.gemeenteId(), naam, begin, partijen);
            doorgeven.addFlashAttribute("melding", "raad.coalitie.opgeslagen");
            return "redirect:/raad/coalities/" + coalitie.id();
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
            return "redirect:/raad/coalities";
        }
    }

    @GetMapping("/raad/coalities/{id}")
    String toon(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        RaadToegang.vereisLezer(gebruiker);
        Coalitie coalitie = register.coalitie(gebruiker.gemeenteId(), id);
        model.addAttribute("coalitie", coalitie);
        model.addAttribute("partijen", register.partijenPerId(gebruiker.gemeenteId()));
        model.addAttribute("leden", coalitie.partijen().stream().sorted(java.util.Comparator.comparing(Coalitie.Coalitiepartij::vanaf)).toList());
        model.addAttribute("beheerder", RaadToegang.magBeheren(gebruiker));
        return "raad/coalitie";
    }

    @PostMapping("/raad/coalities/{id}/vertrek")
    String vertrek(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestParam(required = false) Long partij,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        register.coalitie(gebruiker.gemeenteId(), id);
        try {
            register.partijVertrekt(gebruiker.gemeenteId(), id, partij, datum);
            doorgeven.addFlashAttribute("melding", "raad.coalitie.vertrek-opgeslagen");
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/raad/coalities/" + id;
    }

    @PostMapping("/raad/coalities/{id}/einde")
    String einde(Sessiegebruiker gebruiker, @PathVariable Long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        register.coalitie(gebruiker.gemeenteId(), id);
        try {
            register.beeindigCoalitie(gebruiker.gemeenteId(), id, datum);
            doorgeven.addFlashAttribute("melding", "raad.coalitie.beeindigd");
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/raad/coalities/" + id;
    }

    @PostMapping("/raad/coalities/{id}/verwijderen")
    String verwijder(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        register.verwijderCoalitie(gebruiker.gemeenteId(), id);
        doorgeven.addFlashAttribute("melding", "raad.coalitie.verwijderd");
        return "redirect:/raad/coalities";
    }
}
