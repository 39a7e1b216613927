package nl.samenspel.enquete;

import java.util.List;
import java.util.Map;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Service;

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
    private final ResponsIntake intake;

    RespondentService(ResponsOpslag opslag, MetingService metingen, ResponsIntake intake) {
        this.opslag = opslag;
        this.metingen = metingen;
        this.intake = intake;
    }

    Uitnodiging uitnodiging(String code) {
        ResponsOpslag.Uitnodiging gevonden = opslag.uitnodiging(Uitnodigingscode.hash(code))
                .orElseThrow(() -> new NietGevondenException("Uitnodiging"));
        return new Uitnodiging(metingen.meting(gevonden.metingId()), gevonden.afdelingId());
    }

    boolean ontvangt(Meting meting) {
        return meting.ontvangtResponsen(metingen.vandaag());
    }

    /**
     * Returns the problems (nothing is stored when there are any), or an empty list. The response is
     * committed, and the invitation used up, before this returns.
     */
    List<Invulregels.Fout> dienIn(String code, Long gekozenAfdeling, Map<String, Integer> antwoorden, String opmerking) {
        ResponsIntake.Uitkomst uitkomst = intake.dienIn(new ResponsIntake.Inzending(Uitnodigingscode.hash(code), gekozenAfdeling,
                antwoorden, opmerking));
        if (uitkomst instanceof ResponsIntake.Afgekeurd afgekeurd) {
            return afgekeurd.fouten();
        }
        if (uitkomst instanceof ResponsIntake.OnbekendeCode) {
            throw new NietGevondenException("Uitnodiging");
        }
        if (uitkomst instanceof ResponsIntake.NietOpen) {
            throw new OngeldigVerzoekException(null, "Deze enquête is op dit moment niet open: antwoorden kunnen niet worden ingediend.");
        }
        return List.of();
    }
}
