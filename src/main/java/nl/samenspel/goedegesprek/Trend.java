package nl.samenspel.goedegesprek;

import java.util.ArrayList;
import java.util.List;

/** Seed 004, stap 5 (borgen): a later gesprek compared with the earlier one, per item and for the phase. */
record Trend(String vorigeTitel, int vorigeFase, int fase, List<Itemtrend> items) {

    enum Richting { BETER, SLECHTER, GELIJK, ONBEKEND }

    record Itemtrend(Vragenlijst.Item item, Double eerder, Double nu, Richting richting) {
    }

    static Trend vergelijk(String vorigeTitel, Interpretatie.Resultaat eerder, Interpretatie.Resultaat nu) {
        List<Itemtrend> items = new ArrayList<>();
        for (int i = 0; i < nu.items().size(); i++) {
            Itemresultaat oud = eerder.items().get(i);
            Itemresultaat nieuw = nu.items().get(i);
            items.add(new Itemtrend(nieuw.item(), oud.mediaan(), nieuw.mediaan(), richting(nieuw.item(), oud.mediaan(), nieuw.mediaan())));
        }
        return new Trend(vorigeTitel, eerder.faseadvies().fase(), nu.faseadvies().fase(), items);
    }

    /** Higher answers (towards nooit) are better for a NEGATIEF item and worse for a POSITIEF one. */
    static Richting richting(Vragenlijst.Item item, Double eerder, Double nu) {
        if (eerder == null || nu == null) {
            return Richting.ONBEKEND;
        }
        int verschil = Double.compare(nu, eerder);
        if (verschil == 0) {
            return Richting.GELIJK;
        }
        boolean hoger = verschil > 0;
        return hoger == (item.polariteit() == Vragenlijst.Polariteit.NEGATIEF) ? Richting.BETER : Richting.SLECHTER;
    }
}
