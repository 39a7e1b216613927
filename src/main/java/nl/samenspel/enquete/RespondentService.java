package nl.samenspel.enquete;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The respondent's side: an invitation code opens the form; submitting stores the response and
 * deletes the invitation in one transaction, so a code works exactly once and the stored response
 * holds nothing that points back to it.
 */
@Service
class RespondentService {

    /** What the form needs: the meting, and the assigned afdeling or null when the respondent picks. */
    record Uitnodiging(Meting meting, Long toegewezenAfdeling) {
    }

    private final ResponsOpslag opslag;
    private final MetingService metingen;

    RespondentService(ResponsOpslag opslag, MetingService metingen) {
        this.opslag = opslag;
        this.metingen = metingen;
    }

    Uitnodiging uitnodiging(String code) {
        ResponsOpslag.Uitnodiging gevonden = opslag.uitnodiging(Uitnodigingscode.hash(code))
                .orElseThrow(() -> new NietGevondenException("Uitnodiging"));
        return new Uitnodiging(metingen.meting(gevonden.metingId()), gevonden.afdelingId());
    }

    boolean ontvangt(Meting meting) {
        return meting.ontvangtResponsen(metingen.vandaag());
    }

    /** Returns the problems (nothing is stored when there are any), or an empty list. */
    @Transactional
    List<Invulregels.Fout> dienIn(String code, Long gekozenAfdeling, Map<String, Integer> antwoorden, String opmerking) {
        Uitnodiging uitnodiging = uitnodiging(code);
        Meting meting = uitnodiging.meting();
        if (!meting.ontvangtResponsen(metingen.vandaag())) {
            throw new OngeldigVerzoekException(null, "Deze enquête is op dit moment niet open: antwoorden kunnen niet worden ingediend.");
        }
        Instrument instrument = meting.instrument();
        Set<Long> afdelingen = meting.afdelingen().stream().map(Meting.MetingAfdeling::afdelingId).collect(Collectors.toSet());
        List<Invulregels.Fout> fouten = Invulregels.controleer(instrument, afdelingen, uitnodiging.toegewezenAfdeling(), gekozenAfdeling,
                antwoorden, opmerking);
        if (!fouten.isEmpty()) {
            return fouten;
        }
        if (!opslag.gebruik(Uitnodigingscode.hash(code))) {
            throw new NietGevondenException("Uitnodiging");
        }
        Long afdeling = uitnodiging.toegewezenAfdeling() != null ? uitnodiging.toegewezenAfdeling() : gekozenAfdeling;
        opslag.bewaar(List.of(new ResponsOpslag.NieuweRespons(meting.id(), afdeling, metingen.vandaag(),
                Invulregels.antwoorden(instrument, antwoorden), Invulregels.opmerking(opmerking))));
        return List.of();
    }
}
