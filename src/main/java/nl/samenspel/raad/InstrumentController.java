package nl.samenspel.raad;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One motie, amendement or schriftelijke vraag entered by hand (beheerder and griffier, as imports). Errors
 * stand next to their field and in a summary at the top; a good entry is written like an imported row
 * (source HANDMATIG, no kenmerk) and the import page lists it.
 */
@Controller
class InstrumentController {

    static final String BRON = "HANDMATIG";

    private final RegisterService register;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;
    private final Clock klok;

    InstrumentController(RegisterService register, JdbcTemplate jdbc, PlatformTransactionManager transacties, Clock klok) {
        this.register = register;
        this.jdbc = jdbc;
        this.transactie = new TransactionTemplate(transacties);
        this.klok = klok;
    }

    @GetMapping("/raad/moties/nieuw")
    String nieuweMotie(Sessiegebruiker gebruiker, Model model) {
        return pagina(gebruiker, false, new InstrumentFormulier(), model);
    }

    @GetMapping("/raad/vragen/nieuw")
    String nieuweVraag(Sessiegebruiker gebruiker, Model model) {
        return pagina(gebruiker, true, new InstrumentFormulier(), model);
    }

    @PostMapping("/raad/moties/nieuw")
    String bewaarMotie(Sessiegebruiker gebruiker, @ModelAttribute("formulier") InstrumentFormulier formulier, BindingResult fouten,
            Model model, RedirectAttributes doorgeven) {
        return bewaar(gebruiker, false, formulier, fouten, model, doorgeven);
    }

    @PostMapping("/raad/vragen/nieuw")
    String bewaarVraag(Sessiegebruiker gebruiker, @ModelAttribute("formulier") InstrumentFormulier formulier, BindingResult fouten,
            Model model, RedirectAttributes doorgeven) {
        return bewaar(gebruiker, true, formulier, fouten, model, doorgeven);
    }

    private String bewaar(Sessiegebruiker gebruiker, boolean vraag, InstrumentFormulier formulier, BindingResult fouten, Model model,
            RedirectAttributes doorgeven) {
        RaadToegang.vereisBeheerder(gebruiker);
        Long gemeenteId = gebruiker.gemeenteId();
        Set<Long> partijen = register.partijen(gemeenteId).stream().map(Partij::id).collect(Collectors.toSet());
        var invoer = formulier.controleer(fouten, vraag, partijen, LocalDate.now(klok));
        if (invoer.isEmpty()) {
            return pagina(gebruiker, vraag, formulier, model);
        }
        InstrumentFormulier.Invoer i = invoer.get();
        transactie.executeWithoutResult(t -> {
            try (var schrijver = new InstrumentSchrijver(jdbc, gemeenteId, BRON)) {
                schrijver.voegToe(i.soort(), i.datum(), i.titel(), i.uitkomst(), null, i.indieners());
                schrijver.schrijf();
            }
        });
        doorgeven.addFlashAttribute("melding", vraag ? "raad.invoer.vraag.opgeslagen" : "raad.invoer.motie.opgeslagen");
        return "redirect:/raad/import";
    }

    private String pagina(Sessiegebruiker gebruiker, boolean vraag, InstrumentFormulier formulier, Model model) {
        RaadToegang.vereisBeheerder(gebruiker);
        model.addAttribute("vraag", vraag);
        model.addAttribute("formulier", formulier);
        model.addAttribute("partijen", register.partijen(gebruiker.gemeenteId()));
        Map<String, String> soorten = new LinkedHashMap<>();
        for (Instrumentsoort soort : List.of(Instrumentsoort.MOTIE, Instrumentsoort.AMENDEMENT, Instrumentsoort.MOTIE_VREEMD)) {
            soorten.put(soort.name(), "raad.invoer.soort." + soort.name().toLowerCase(Locale.ROOT));
        }
        Map<String, String> uitkomsten = new LinkedHashMap<>();
        for (Uitkomst uitkomst : Uitkomst.values()) {
            uitkomsten.put(uitkomst.name(), uitkomst.sleutel());
        }
        model.addAttribute("soorten", soorten);
        model.addAttribute("uitkomsten", uitkomsten);
        model.addAttribute("beheerder", true);
        return "raad/instrument-nieuw";
    }
}
