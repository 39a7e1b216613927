package nl.samenspel.goedegesprek;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import nl.samenspel.gemeente.VoorbeeldgemeenteAangemaakt;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo content for Voorbeeldstad: a gesprek of last year and one of this year, twelve deelnemers
 * each (raad, college, driehoek), closed, so every result screen has something to show. Answers
 * are generated from a fixed pattern, so the demo is the same on every start.
 */
@Component
class GesprekkenDemo {

    private static final Groep[] GROEPEN = {Groep.RAAD, Groep.RAAD, Groep.RAAD, Groep.RAAD, Groep.RAAD, Groep.RAAD,
        Groep.COLLEGE, Groep.COLLEGE, Groep.COLLEGE, Groep.DRIEHOEK, Groep.DRIEHOEK, Groep.DRIEHOEK};

    private final GesprekRepository gesprekken;
    private final DeelnameRepository deelnames;
    private final Normenbeheer normen;
    private final Clock klok;

    GesprekkenDemo(GesprekRepository gesprekken, DeelnameRepository deelnames, Normenbeheer normen, Clock klok) {
        this.gesprekken = gesprekken;
        this.deelnames = deelnames;
        this.normen = normen;
        this.klok = klok;
    }

    @EventListener
    void vulVoorbeeldstad(VoorbeeldgemeenteAangemaakt gebeurtenis) {
        Long normenset = normen.huidige(gebeurtenis.gemeenteId()).id();
        LocalDate vandaag = LocalDate.now(klok);
        maak(gebeurtenis.gemeenteId(), normenset, "Het goede gesprek " + (vandaag.getYear() - 1), vandaag.minusYears(1), 0);
        maak(gebeurtenis.gemeenteId(), normenset, "Het goede gesprek " + vandaag.getYear(), vandaag.minusWeeks(2), 1);
    }

    private void maak(Long gemeenteId, Long normenset, String titel, LocalDate datum, int ronde) {
        Gesprek gesprek = gesprekken.save(new Gesprek(null, gemeenteId, titel, datum, Samenstelling.GEMENGD, Zichtbaarheid.ANONIEM,
                Gespreksstatus.GESLOTEN, GesprekService.VRAGENLIJST_VERSIE, normenset));
        for (int d = 0; d < GROEPEN.length; d++) {
            Map<Integer, Antwoord> antwoorden = new TreeMap<>();
            for (int item = 1; item <= Invulregels.ITEMS; item++) {
                antwoorden.put(item, new Antwoord(waarde(item, d, ronde), item == 5 && d == 0 ? "Motie van wantrouwen dreigde in maart." : null));
            }
            deelnames.save(new Deelname(null, gesprek.id(), null, Uitnodigingscode.hash(Uitnodigingscode.nieuw()), null, GROEPEN[d],
                    klok.instant(), null, antwoorden));
        }
    }

    /**
     * A plausible pattern: the raad sees coalition-opposition voting and personal attacks often
     * (items 1, 11), the college sees itself more positively than the raad sees it, and the
     * second round is a step better on the sharpest items. One deelnemer skips item 17.
     */
    static Integer waarde(int item, int deelnemer, int ronde) {
        if (item == 17 && deelnemer == 4) {
            return null;
        }
        int basis = switch (item) {
            case 1, 11 -> 2;
            case 2, 3, 9, 10, 13 -> 3;
            case 5, 16 -> 4;
            case 19 -> 3;
            default -> 4;
        };
        boolean college = GROEPEN[deelnemer] == Groep.COLLEGE;
        if (college && item >= 12 && item <= 18) {
            basis += 1;
        }
        int spreiding = (deelnemer * 7 + item * 3) % 3 - 1;
        int verbetering = ronde == 1 && (item == 1 || item == 2 || item == 11 || item == 16) ? 1 : 0;
        int richting = item == 19 ? -verbetering : verbetering;
        return Math.max(1, Math.min(5, basis + spreiding + richting));
    }
}
