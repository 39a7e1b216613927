package nl.samenspel.enquete;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.ImportFout;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The CSV upload on the meting page. The import runs in the background; its page shows the rows read
 * so far (htmx polls the status every second) and then the number imported or every problem.
 */
@Controller
class MetingImportController {

    private final MetingService metingen;
    private final MetingImporten importen;

    MetingImportController(MetingService metingen, MetingImporten importen) {
        this.metingen = metingen;
        this.importen = importen;
    }

    @PostMapping("/enquete/metingen/{id}/import")
    String importeer(Sessiegebruiker gebruiker, @PathVariable Long id, HttpServletRequest verzoek, RedirectAttributes doorgeven)
            throws IOException {
        metingen.meting(gebruiker.gemeenteId(), id); // another gemeente's meting: 404 before anything is read
        MultipartHttpServletRequest delen = WebUtils.getNativeRequest(verzoek, MultipartHttpServletRequest.class);
        MultipartFile bestand = delen == null ? null : delen.getFile("bestand");
        if (bestand == null || bestand.isEmpty()) {
            doorgeven.addFlashAttribute("importFouten", List.of(new ImportFout(1, null, "kies een CSV-bestand om te importeren.")));
            return "redirect:/enquete/metingen/" + id + "#import";
        }
        try {
            return "redirect:/enquete/importen/" + importen.start(gebruiker, id, bestand.getOriginalFilename(), bestand.getInputStream());
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
            return "redirect:/enquete/metingen/" + id + "#import";
        }
    }

    @GetMapping("/enquete/importen/{id}")
    String voortgang(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        MetingImport taak = importen.importVan(gebruiker, id);
        model.addAttribute("taak", taak);
        model.addAttribute("htmx", htmx != null);
        if (htmx != null) {
            return "enquete/import :: status";
        }
        model.addAttribute("meting", metingen.meting(gebruiker.gemeenteId(), taak.metingId()));
        return "enquete/import";
    }
}
