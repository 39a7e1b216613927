package nl.samenspel.enquete;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspel.enquete.Anonimiteitsdrempel.Reden;
import nl.samenspel.enquete.Instrument.Indicator;

/**
 * Compares a meting with the previous one. Scores and shares gunstig already respect polarity, so
 * higher is better everywhere. An afdeling is compared only where both reports show it: a hidden
 * figure in either meting stays hidden, so the trend cannot be used to subtract one from the other.
 */
final class Trend {

    enum Richting { BETER, SLECHTER, GELIJK, ONBEKEND }

    record Regel(String onderwerp, Double eerder, Double nu, Richting richting) {
    }

    record Afdelingsregel(Long afdelingId, String naam, Double eerder, Double nu, Richting richting, Reden redenEerder, Reden redenNu) {
    }

    record Vergelijking(String vorigeTitel, List<Regel> indicatoren, List<Regel> werkbeleving, List<Afdelingsregel> afdelingen) {
    }

    private Trend() {
    }

    static Vergelijking vergelijk(String vorigeTitel, Rapport vorige, Rapport nu) {
        List<Regel> indicatoren = new ArrayList<>();
        for (Indicator indicator : Indicator.veiligheid()) {
            indicatoren.add(regel(indicator.name(), vorige.heatmapTotaal().score(indicator), nu.heatmapTotaal().score(indicator)));
        }
        Map<String, Rapport.Vraagtabel> eerder = vorige.vragen().stream()
                .collect(Collectors.toMap(t -> t.vraag().code(), Function.identity()));
        List<Regel> werkbeleving = nu.vragen().stream().filter(t -> t.vraag().indicator() == Indicator.WERKBELEVING)
                .map(t -> regel(t.vraag().code(), eerder.containsKey(t.vraag().code()) ? eerder.get(t.vraag().code()).totaal().gunstig() : null,
                        t.totaal().gunstig()))
                .toList();
        Map<Long, Rapport.HeatmapRij> vorigeAfdelingen = vorige.heatmap().stream()
                .collect(Collectors.toMap(Rapport.HeatmapRij::afdelingId, Function.identity()));
        List<Afdelingsregel> afdelingen = new ArrayList<>();
        for (Rapport.HeatmapRij rij : nu.heatmap()) {
            Rapport.HeatmapRij toen = vorigeAfdelingen.get(rij.afdelingId());
            Reden redenToen = toen == null ? Reden.GEEN_RESPONS : toen.reden();
            boolean beide = rij.getoond() && redenToen == Reden.GETOOND;
            Double eerderScore = beide ? toen.veiligheid() : null;
            Double nuScore = beide ? rij.veiligheid() : null;
            afdelingen.add(new Afdelingsregel(rij.afdelingId(), rij.naam(), eerderScore, nuScore, richting(eerderScore, nuScore),
                    redenToen, rij.reden()));
        }
        return new Vergelijking(vorigeTitel, indicatoren, werkbeleving, afdelingen);
    }

    private static Regel regel(String onderwerp, Double eerder, Double nu) {
        return new Regel(onderwerp, eerder, nu, richting(eerder, nu));
    }

    static Richting richting(Double eerder, Double nu) {
        if (eerder == null || nu == null) {
            return Richting.ONBEKEND;
        }
        double verschil = nu - eerder;
        return verschil >= 0.1 ? Richting.BETER : verschil <= -0.1 ? Richting.SLECHTER : Richting.GELIJK;
    }
}
