package nl.samenspel.raad;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.samenspel.rapportage.Tabel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The period report as tables for XLSX (one sheet per table) and CSV (all tables in one long
 * table: tabel, categorie, uitkomst, aantal, procent), with headings in the user's language.
 */
@Component
class RaadExport {

    private final MessageSource teksten;

    RaadExport(MessageSource teksten) {
        this.teksten = teksten;
    }

    List<Tabel> bladen(Periodeoverzicht o, Locale taal) {
        List<Tabel> bladen = new ArrayList<>();
        List<List<Object>> vragen = new ArrayList<>();
        o.vragen().forEach(r -> vragen.add(List.of(t(r.categorie().sleutel(), taal), r.aantal(), leeg(r.procent()))));
        bladen.add(new Tabel(t("raad.soort.schriftelijke-vraag", taal),
                List.of(t("raad.tabel.steller", taal), t("raad.tabel.aantal", taal), "%"), vragen));
        bladen.add(uitkomsten(t("raad.soort.amendement", taal), o.amendementen(), taal));
        bladen.add(uitkomsten(t("raad.soort.motie", taal), o.moties(), taal));
        if (o.verkiezing() != null) {
            var v = o.verkiezing();
            bladen.add(new Tabel(t("raad.rapport.samenstelling", taal).substring(0, Math.min(31, t("raad.rapport.samenstelling", taal).length())),
                    List.of(t("raad.verkiezing.datum", taal), t("raad.verkiezing.zetels", taal), t("raad.verkiezing.fracties", taal),
                            t("raad.verkiezing.lokale-fracties", taal), t("raad.verkiezing.lokaal", taal) + " %",
                            t("raad.verkiezing.enp", taal), t("raad.verkiezing.grootste", taal), "%"),
                    List.of(List.of(v.datum(), v.zetels(), v.fracties(), v.lokaleFracties(), leeg(v.lokaalProcent()),
                            v.effectiefAantalPartijen() == null ? "" : Math.round(v.effectiefAantalPartijen() * 100) / 100.0,
                            v.grootstePartij(), leeg(v.grootsteProcent())))));
        }
        return bladen;
    }

    Tabel lang(Periodeoverzicht o, Locale taal) {
        List<List<Object>> rijen = new ArrayList<>();
        o.vragen().forEach(r -> rijen.add(List.of(t("raad.soort.schriftelijke-vraag", taal), t(r.categorie().sleutel(), taal), "",
                r.aantal(), leeg(r.procent()))));
        voegToe(rijen, t("raad.soort.amendement", taal), o.amendementen(), taal);
        voegToe(rijen, t("raad.soort.motie", taal), o.moties(), taal);
        return new Tabel(o.periode().naam(), List.of(t("raad.export.tabel", taal), t("raad.tabel.categorie", taal),
                t("raad.instrument.uitkomst", taal), t("raad.export.aantal", taal), "%"), rijen);
    }

    private Tabel uitkomsten(String titel, List<Uitkomsttabel.Rij> tabel, Locale taal) {
        List<String> kolommen = new ArrayList<>(List.of(t("raad.tabel.categorie", taal), t("raad.tabel.totaal", taal)));
        for (Uitkomst u : Uitkomst.values()) {
            kolommen.add(t(u.sleutel(), taal));
            kolommen.add(t(u.sleutel(), taal) + " %");
        }
        List<List<Object>> rijen = new ArrayList<>();
        for (var rij : tabel) {
            List<Object> cellen = new ArrayList<>(List.of(t(rij.kamp().sleutel(), taal), rij.totaal()));
            rij.cellen().forEach(c -> {
                cellen.add(c.aantal());
                cellen.add(leeg(c.procent()));
            });
            rijen.add(cellen);
        }
        return new Tabel(titel, kolommen, rijen);
    }

    private void voegToe(List<List<Object>> rijen, String soort, List<Uitkomsttabel.Rij> tabel, Locale taal) {
        for (var rij : tabel) {
            for (var cel : rij.cellen()) {
                rijen.add(List.of(soort, t(rij.kamp().sleutel(), taal), t(cel.uitkomst().sleutel(), taal), cel.aantal(), leeg(cel.procent())));
            }
        }
    }

    private static Object leeg(Integer waarde) {
        return waarde == null ? "" : waarde;
    }

    private String t(String sleutel, Locale taal) {
        return teksten.getMessage(sleutel, null, taal);
    }
}
