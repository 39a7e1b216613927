package nl.samenspel.gemeente;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import nl.samenspel.shared.ImportAfgekeurdException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Afdelingen: list, add, rename, remove, and import from CSV. */
@Controller
@RequestMapping("/beheer/afdelingen")
class AfdelingController {

    private final AfdelingService afdelingen;

    AfdelingController(AfdelingService afdelingen) {
        this.afdelingen = afdelingen;
    }

    @GetMapping
    String lijst(Sessiegebruiker gebruiker, Model model) {
        model.addAttribute("nieuw", new AfdelingGegevens("", ""));
        return pagina(gebruiker, model);
    }

    @PostMapping
    String voegToe(Sessiegebruiker gebruiker, @Valid @ModelAttribute("nieuw") AfdelingGegevens nieuw, BindingResult fouten,
            Model model, RedirectAttributes doorgeven) {
        if (!fouten.hasErrors()) {
            try {
                afdelingen.voegToe(gebruiker.gemeenteId(), nieuw);
                doorgeven.addFlashAttribute("melding", "afdeling.toegevoegd");
                return "redirect:/beheer/afdelingen";
            } catch (OngeldigVerzoekException e) {
                Formulieren.meld(e, fouten);
            }
        }
        return pagina(gebruiker, model);
    }

    @GetMapping("/{id}")
    String bewerk(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        Afdeling afdeling = afdelingen.afdeling(gebruiker.gemeenteId(), id);
        model.addAttribute("afdeling", afdeling);
        model.addAttribute("gegevens", new AfdelingGegevens(afdeling.code(), afdeling.naam()));
        return "beheer/afdeling";
    }

    @PostMapping("/{id}")
    String hernoem(Sessiegebruiker gebruiker, @PathVariable Long id, @Valid @ModelAttribute("gegevens") AfdelingGegevens gegevens,
            BindingResult fouten, Model model, RedirectAttributes doorgeven) {
        Afdeling afdeling = afdelingen.afdeling(gebruiker.gemeenteId(), id);
        if (fouten.hasErrors()) {
            model.addAttribute("afdeling", afdeling);
            return "beheer/afdeling";
        }
        afdelingen.hernoem(gebruiker.gemeenteId(), id, gegevens.naam());
        doorgeven.addFlashAttribute("melding", "afdeling.opgeslagen");
        return "redirect:/beheer/afdelingen";
    }

    @PostMapping("/{id}/verwijderen")
    String verwijder(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        try {
            afdelingen.verwijder(gebruiker.gemeenteId(), id);
            doorgeven.addFlashAttribute("melding", "afdeling.verwijderd");
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/beheer/afdelingen";
    }

    @PostMapping("/import")
    String importeer(Sessiegebruiker gebruiker, @RequestParam("bestand") MultipartFile bestand, Model model,
            RedirectAttributes doorgeven) throws IOException {
        if (bestand.isEmpty()) {
            model.addAttribute("importFouten", java.util.List.of(new nl.samenspel.shared.ImportFout(1, null,
                    "kies een CSV-bestand om te importeren.")));
        } else {
            try (var lezer = new InputStreamReader(bestand.getInputStream(), StandardCharsets.UTF_8)) {
                var resultaat = afdelingen.importeer(gebruiker.gemeenteId(), lezer);
                doorgeven.addFlashAttribute("importResultaat", resultaat);
                return "redirect:/beheer/afdelingen";
            } catch (ImportAfgekeurdException e) {
                model.addAttribute("importFouten", e.fouten());
            }
        }
        model.addAttribute("nieuw", new AfdelingGegevens("", ""));
        return pagina(gebruiker, model);
    }

    private String pagina(Sessiegebruiker gebruiker, Model model) {
        model.addAttribute("afdelingen", afdelingen.vanGemeente(gebruiker.gemeenteId()));
        return "beheer/afdelingen";
    }
}
