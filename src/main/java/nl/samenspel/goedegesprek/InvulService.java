package nl.samenspel.goedegesprek;

import java.time.Clock;
import java.util.List;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves a deelnemer's draft or submission; a submission is final. */
@Service
class InvulService {

    private final DeelnameRepository deelnames;
    private final GesprekService gesprekken;
    private final Clock klok;

    InvulService(DeelnameRepository deelnames, GesprekService gesprekken, Clock klok) {
        this.deelnames = deelnames;
        this.gesprekken = gesprekken;
        this.klok = klok;
    }

    /** Returns the problems (nothing is saved when there are any), or an empty list. */
    @Transactional
    List<Invulregels.Fout> bewaar(Deelname deelname, Invulformulier formulier, boolean indienen) {
        Gesprek gesprek = gesprekken.gesprekVan(deelname);
        GesprekService.vereisOpen(gesprek);
        if (deelname.isIngediend()) {
            throw new OngeldigVerzoekException(null, "U heeft uw antwoorden al ingediend; een tweede inzending is niet mogelijk.");
        }
        List<Invulregels.Fout> fouten = Invulregels.controleer(formulier, indienen);
        if (!fouten.isEmpty()) {
            return fouten;
        }
        String naam = deelname.gebruikerId() != null ? deelname.naam() : leegAlsNull(formulier.getNaam());
        Deelname bijgewerkt = deelname.metAntwoorden(naam, formulier.getGroep(), Invulregels.antwoorden(formulier));
        deelnames.save(indienen ? bijgewerkt.ingediend(klok.instant()) : bijgewerkt);
        return List.of();
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
