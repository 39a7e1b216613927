package nl.samenspel.raad;

import java.io.IOException;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploads of moties, amendementen and vragen. The import runs in the background; its page shows
 * the rows read so far (htmx polls the status fragment) and then the outcome or every problem.
 */
@Controller
class ImportController {

    private final ImportTaken taken;
    private final Instrumenten instrumenten;

    ImportController(ImportTaken taken, Instrumenten instrumenten) {
        this.taken = taken;
        this.instrumenten = instrumenten;
    }

    @GetMapping("/raad/import")
    String pagina(Sessiegebruiker gebruiker, Model model) {
        RaadToegang.vereisBeheerder(gebruiker);
        model.addAttribute("formaten", Importformaat.values());
        model.addAttribute("recent", taken.recente(gebruiker.gemeenteId()));
        model.addAttribute("instrumenten", instrumenten.pagina(gebruiker.gemeenteId(), 0, 25));
        return "raad/import";
    }

    @PostMapping("/raad/import")
    String importeer(Sessiegebruiker gebruiker, @RequestParam(required = false) Importformaat formaat,
            @RequestParam(required = false) MultipartFile bestand, RedirectAttributes doorgeven) throws IOException {
        RaadToegang.vereisBeheerder(gebruiker);
        if (formaat == null || bestand == null || bestand.isEmpty()) {
            doorgeven.addFlashAttribute("foutmelding", "Kies een formaat en een bestand om te importeren.");
            return "redirect:/raad/import";
        }
        Long id = taken.start(gebruiker.gemeenteId(), formaat, bestand.getOriginalFilename(), bestand.getInputStream());
        return "redirect:/raad/import/" + id;
    }

    @GetMapping("/raad/import/{id}")
    String taak(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        RaadToegang.vereisBeheerder(gebruiker);
        model.addAttribute("taak", taken.taak(gebruiker.gemeenteId(), id));
        return htmx != null ? "raad/importtaak :: status" : "raad/importtaak";
    }

    @PostMapping("/raad/instrumenten/verwijderen")
    String verwijderAlle(Sessiegebruiker gebruiker, RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        instrumenten.verwijderAlle(gebruiker.gemeenteId());
        doorgeven.addFlashAttribute("melding", "raad.instrumenten.verwijderd");
        return "redirect:/raad/import";
    }
}
