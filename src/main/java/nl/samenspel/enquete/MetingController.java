package nl.samenspel.enquete;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.samenspel.gemeente.AfdelingService;
import nl.samenspel.gemeente.Sessiegebruiker;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Metingen: the list, a new one, and the beheerder's page to add questions, open, invite, see the imports and close. */
@Controller
@RequestMapping("/enquete")
class MetingController {

    private final MetingService metingen;
    private final MetingImporten importen;
    private final AfdelingService afdelingen;

    MetingController(MetingService metingen, MetingImporten importen, AfdelingService afdelingen) {
        this.metingen = metingen;
        this.importen = importen;
        this.afdelingen = afdelingen;
    }

    @GetMapping
    String lijst(Sessiegebruiker gebruiker, Model model) {
        model.addAttribute("metingen", metingen.metingen(gebruiker.gemeenteId()));
        model.addAttribute("vandaag", metingen.vandaag());
        model.addAttribute("beheerder", MetingService.isBeheerder(gebruiker));
        return "enquete/metingen";
    }

    @GetMapping("/nieuw")
    String nieuw(Sessiegebruiker gebruiker, Model model) {
        MetingService.vereisBeheerder(gebruiker);
        MetingFormulier formulier = new MetingFormulier();
        formulier.setStartdatum(metingen.vandaag());
        formulier.setEinddatum(metingen.vandaag().plusWeeks(3));
        model.addAttribute("formulier", formulier);
        return nieuwFormulier(gebruiker, model);
    }

    @PostMapping
    String maak(Sessiegebruiker gebruiker, @ModelAttribute("formulier") MetingFormulier formulier, BindingResult fouten, Model model) {
        if (!fouten.hasErrors()) {
            try {
                return "redirect:/enquete/metingen/" + metingen.maak(gebruiker, formulier.alsNieuweMeting()).id();
            } catch (OngeldigVerzoekException e) {
                fouten.rejectValue(e.veld(), "", e.getMessage());
            }
        }
        return nieuwFormulier(gebruiker, model);
    }

    private String nieuwFormulier(Sessiegebruiker gebruiker, Model model) {
        model.addAttribute("afdelingen", afdelingen.vanGemeente(gebruiker.gemeenteId()));
        return "enquete/meting-nieuw";
    }

    @GetMapping("/metingen/{id}")
    String toon(Sessiegebruiker gebruiker, @PathVariable Long id, Model model) {
        Meting meting = metingen.meting(gebruiker.gemeenteId(), id);
        model.addAttribute("meting", meting);
        model.addAttribute("status", meting.effectieveStatus(metingen.vandaag()));
        model.addAttribute("beheerder", MetingService.isBeheerder(gebruiker));
        model.addAttribute("importen", MetingService.isBeheerder(gebruiker) ? importen.vanMeting(gebruiker.gemeenteId(), id) : List.of());
        model.addAttribute("aantalResponsen", metingen.aantalResponsen(meting));
        model.addAttribute("openUitnodigingen", metingen.openUitnodigingen(meting));
        model.addAttribute("afdelingen", afdelingen.vanGemeente(gebruiker.gemeenteId()).stream()
                .filter(a -> meting.bevatAfdeling(a.id())).toList());
        model.addAttribute("codes", meting.instrument().codes());
        return "enquete/meting";
    }

    @PostMapping("/metingen/{id}/vragen")
    String voegVraagToe(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestParam(defaultValue = "") String tekst,
            @RequestParam(defaultValue = "POSITIEF") Instrument.Polariteit polariteit, RedirectAttributes doorgeven) {
        return uitvoeren(() -> metingen.voegVraagToe(gebruiker, id, tekst, polariteit), id, "enquete.vraag.toegevoegd", doorgeven);
    }

    @PostMapping("/metingen/{id}/openen")
    String open(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        return uitvoeren(() -> metingen.open(gebruiker, id), id, "enquete.meting.geopend", doorgeven);
    }

    @PostMapping("/metingen/{id}/sluiten")
    String sluit(Sessiegebruiker gebruiker, @PathVariable Long id, RedirectAttributes doorgeven) {
        return uitvoeren(() -> metingen.sluit(gebruiker, id), id, "enquete.meting.gesloten", doorgeven);
    }

    /** Shows the new codes once, or sends them as CSV for a mail merge (formaat=csv). */
    @PostMapping("/metingen/{id}/uitnodigingen")
    String nodigUit(Sessiegebruiker gebruiker, @PathVariable Long id, @RequestParam(defaultValue = "0") int aantal,
            @RequestParam(required = false) Long afdelingId, @RequestParam(defaultValue = "html") String formaat, Model model,
            HttpServletResponse antwoord, RedirectAttributes doorgeven) throws IOException {
        List<MetingService.Uitnodiging> uitnodigingen;
        try {
            uitnodigingen = metingen.nodigUit(gebruiker, id, aantal, afdelingId);
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
            return "redirect:/enquete/metingen/" + id;
        }
        String basis = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/enquete/invullen/";
        if ("csv".equals(formaat)) {
            antwoord.setContentType("text/csv;charset=UTF-8");
            antwoord.setHeader("Content-Disposition", "attachment; filename=\"uitnodigingen-meting-" + id + ".csv\"");
            antwoord.setHeader("Cache-Control", "no-store");
            UitnodigingenCsv.schrijf(uitnodigingen, basis, antwoord.getWriter());
            return null;
        }
        antwoord.setHeader("Cache-Control", "no-store");
        model.addAttribute("meting", metingen.meting(gebruiker.gemeenteId(), id));
        model.addAttribute("uitnodigingen", uitnodigingen);
        model.addAttribute("basisUrl", basis);
        return "enquete/uitnodigingen";
    }

    private String uitvoeren(Runnable actie, Long id, String melding, RedirectAttributes doorgeven) {
        try {
            actie.run();
            doorgeven.addFlashAttribute("melding", melding);
        } catch (OngeldigVerzoekException e) {
            doorgeven.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/enquete/metingen/" + id;
    }
}
