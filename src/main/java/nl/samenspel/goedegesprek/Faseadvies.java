package nl.samenspel.goedegesprek;

import java.util.ArrayList;
import java.util.List;

/**
 * The suggested phase on the escalatieladder (0 = no escalation needed) and why: the highest
 * phase any item's deviation points to, with one sentence per item outside the norm.
 */
record Faseadvies(int fase, String samenvatting, List<String> redenen) {

    static Faseadvies bepaal(List<Itemresultaat> items) {
        int fase = items.stream().mapToInt(r -> r.afwijking().fase()).max().orElse(0);
        List<String> redenen = new ArrayList<>();
        items.stream().filter(r -> r.afwijking().fase() > 0).sorted(Interpretatie.ernstigsteEerst()).forEach(r -> redenen.add(
                "Item %d (%s): mediaan %s, aanvaardbaar %s; %d %s ongunstig buiten de norm%s, dus fase %d.".formatted(
                        r.item().nummer(), r.item().tekst(), getal(r.mediaan()), r.norm().acceptabel(), r.afwijking().stappen(),
                        r.afwijking().stappen() == 1 ? "stap" : "stappen", r.norm().zwaar() ? " en het is een zwaar item" : "",
                        r.afwijking().fase())));
        List<Integer> bepalend = items.stream().filter(r -> fase > 0 && r.afwijking().fase() == fase).map(r -> r.item().nummer()).toList();
        String samenvatting = fase == 0
                ? "Geen escalatie nodig: alle items liggen binnen de normen. Blijf borgen met de preventieve instrumenten."
                : "Fase %d omdat %s het verst buiten de norm %s.".formatted(fase, opsomming(bepalend), bepalend.size() == 1 ? "ligt" : "liggen");
        return new Faseadvies(fase, samenvatting, redenen);
    }

    static String opsomming(List<Integer> nummers) {
        if (nummers.size() == 1) {
            return "item " + nummers.get(0);
        }
        String begin = String.join(", ", nummers.subList(0, nummers.size() - 1).stream().map(String::valueOf).toList());
        return "items " + begin + " en " + nummers.get(nummers.size() - 1);
    }

    static String getal(Double waarde) {
        return waarde == null ? "-" : waarde % 1 == 0 ? String.valueOf(waarde.intValue()) : String.valueOf(waarde).replace('.', ',');
    }
}
