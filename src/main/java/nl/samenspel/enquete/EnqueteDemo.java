package nl.samenspel.enquete;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.samenspel.gemeente.Afdeling;
import nl.samenspel.gemeente.AfdelingService;
import nl.samenspel.gemeente.VoorbeeldgemeenteAangemaakt;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo content for Voorbeeldstad: two closed metingen a year apart with about 1,200 responses
 * each, written in batches. Griffie, Concerncontrol and Bestuursondersteuning are deliberately
 * small: in the first meting Griffie and Concerncontrol are hidden together; in the second Griffie
 * alone is too small, so Concerncontrol is hidden as well to protect it. Afdelingen that work
 * close to the bestuur report more work stress and less safety. Answers come from a fixed seed,
 * so the demo is the same on every start. Voorbeeldstad takes part in the comparison across gemeenten.
 */
@Component
class EnqueteDemo {

    /** Responses in the second meting per afdeling, in the order of the demo afdelingen. */
    private static final Map<String, Integer> RESPONSEN = new LinkedHashMap<>();
    private static final Set<String> DICHT_BIJ_BESTUUR = Set.of("Bestuursondersteuning", "Juridische Zaken", "Ruimtelijke Ordening",
            "Economie en Cultuur", "Griffie", "Concerncontrol", "Communicatie");
    private static final List<String> OPMERKINGEN = List.of(
            "Ik merk dat er meer ruimte is om fouten te bespreken dan vorig jaar.",
            "Het portefeuillehoudersoverleg voelt niet altijd veilig om tegengeluid te geven.",
            "Graag meer duidelijkheid over wie waarover beslist.",
            "De vertrouwenspersoon is goed bereikbaar.",
            "Wisselingen in het management maken het lastig om vertrouwen op te bouwen.",
            "Opdrachten via WhatsApp buiten werktijd geven onrust.",
            "Fijne collega's, maar de druk vanuit het bestuur is hoog.");

    static {
        String[] namen = {"Burgerzaken", "Bestuursondersteuning", "Communicatie", "Financiën", "Personeel en Organisatie",
            "Informatievoorziening", "Juridische Zaken", "Ruimtelijke Ordening", "Vergunningen", "Toezicht en Handhaving",
            "Openbare Ruimte", "Sociaal Domein", "Jeugd en Onderwijs", "Werk en Inkomen", "Wonen", "Economie en Cultuur",
            "Klantcontact", "Facilitaire Zaken", "Griffie", "Concerncontrol"};
        int[] aantallen = {95, 9, 28, 52, 35, 70, 24, 80, 60, 75, 160, 150, 65, 110, 40, 30, 85, 30, 4, 6};
        for (int i = 0; i < namen.length; i++) {
            RESPONSEN.put(namen[i], aantallen[i]);
        }
    }

    private final MetingRepository metingen;
    private final ResponsOpslag opslag;
    private final AfdelingService afdelingen;
    private final Clock klok;
    private final Totalen totalen;

    EnqueteDemo(MetingRepository metingen, ResponsOpslag opslag, AfdelingService afdelingen, Clock klok, Totalen totalen) {
        this.totalen = totalen;
        this.metingen = metingen;
        this.opslag = opslag;
        this.afdelingen = afdelingen;
        this.klok = klok;
    }

    @EventListener
    void vulVoorbeeldstad(VoorbeeldgemeenteAangemaakt gebeurtenis) {
        LocalDate vandaag = LocalDate.now(klok);
        List<Afdeling> lijst = afdelingen.vanGemeente(gebeurtenis.gemeenteId()).stream()
                .filter(a -> RESPONSEN.containsKey(a.naam())).toList();
        maak(gebeurtenis.gemeenteId(), lijst, "Medewerkersenquête " + (vandaag.getYear() - 1), vandaag.minusYears(1).minusWeeks(3),
                vandaag.minusYears(1), 0);
        maak(gebeurtenis.gemeenteId(), lijst, "Medewerkersenquête " + vandaag.getYear(), vandaag.minusWeeks(5), vandaag.minusWeeks(2), 1);
        totalen.zetDeelname(gebeurtenis.gemeenteId(), true, vandaag);
    }

    private void maak(Long gemeenteId, List<Afdeling> lijst, String titel, LocalDate start, LocalDate eind, int ronde) {
        Set<Meting.MetingAfdeling> deelnemers = new LinkedHashSet<>();
        lijst.forEach(a -> deelnemers.add(new Meting.MetingAfdeling(a.id(), medewerkers(a.naam()))));
        Meting meting = metingen.save(new Meting(null, gemeenteId, titel, start, eind, Meting.Status.GESLOTEN,
                InstrumentLezer.standaard().versie(), 0, null, deelnemers, null));
        Instrument instrument = meting.instrument();
        Random toeval = new Random(20_260 + ronde);
        List<ResponsOpslag.NieuweRespons> responsen = new ArrayList<>();
        for (Afdeling afdeling : lijst) {
            for (int r = 0; r < aantal(afdeling.naam(), ronde); r++) {
                double veiligheid = klimaat(afdeling.naam(), ronde) + toeval.nextGaussian() * 0.8;
                Map<String, Integer> antwoorden = new LinkedHashMap<>();
                for (Instrument.Vraag vraag : instrument.vragen()) {
                    antwoorden.put(vraag.code(), antwoord(vraag, veiligheid, DICHT_BIJ_BESTUUR.contains(afdeling.naam()), toeval));
                }
                String opmerking = toeval.nextInt(40) == 0 ? OPMERKINGEN.get(toeval.nextInt(OPMERKINGEN.size())) : null;
                LocalDate dag = start.plusDays(toeval.nextInt((int) (eind.toEpochDay() - start.toEpochDay()) + 1));
                responsen.add(new ResponsOpslag.NieuweRespons(meting.id(), afdeling.id(), dag, antwoorden, opmerking));
            }
        }
        java.util.Collections.shuffle(responsen, toeval);
        opslag.bewaar(responsen);
    }

    static int aantal(String afdeling, int ronde) {
        int nu = RESPONSEN.get(afdeling);
        if (ronde == 1) {
            return nu;
        }
        return switch (afdeling) {
            case "Griffie" -> 3;
            case "Concerncontrol" -> 4;
            case "Bestuursondersteuning" -> 7;
            default -> (int) Math.round(nu * 0.97);
        };
    }

    private static int medewerkers(String afdeling) {
        return switch (afdeling) {
            case "Griffie" -> 6;
            case "Concerncontrol" -> 8;
            case "Bestuursondersteuning" -> 12;
            default -> (int) Math.round(RESPONSEN.get(afdeling) / 0.62);
        };
    }

    /** Mean safety of an afdeling: lower close to the bestuur; the second meting slightly better, Juridische Zaken worse. */
    private static double klimaat(String afdeling, int ronde) {
        double basis = DICHT_BIJ_BESTUUR.contains(afdeling) ? -0.5 : 0.5;
        if (ronde == 1) {
            basis += "Juridische Zaken".equals(afdeling) ? -0.3 : 0.15;
        }
        return basis;
    }

    private static int antwoord(Instrument.Vraag vraag, double veiligheid, boolean dichtBijBestuur, Random toeval) {
        double verwacht = vraag.polariteit() == Instrument.Polariteit.POSITIEF ? 2.6 - 0.9 * veiligheid : 3.6 + 0.9 * veiligheid;
        if ("WB2".equals(vraag.code()) && dichtBijBestuur) {
            verwacht -= 0.8;
        }
        long waarde = Math.round(verwacht + toeval.nextGaussian() * 0.7);
        return (int) Math.max(1, Math.min(5, waarde));
    }
}
