package nl.samenspel.raad;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Table 3: schriftelijke vragen per stellercategorie, count and whole percentage of all vragen. */
final class Vragentabel {

    private final Map<Stellercategorie, Integer> tellingen = new EnumMap<>(Stellercategorie.class);

    Vragentabel() {
        for (Stellercategorie categorie : Stellercategorie.values()) {
            tellingen.put(categorie, 0);
        }
    }

    void tel(Stellercategorie categorie) {
        tellingen.merge(categorie, 1, Integer::sum);
    }

    int aantal(Stellercategorie categorie) {
        return tellingen.get(categorie);
    }

    int totaal() {
        return tellingen.values().stream().mapToInt(Integer::intValue).sum();
    }

    Integer procent(Stellercategorie categorie) {
        return Percentage.heel(aantal(categorie), totaal());
    }

    List<Rij> rijen() {
        List<Rij> rijen = new ArrayList<>();
        for (Stellercategorie categorie : Stellercategorie.values()) {
            rijen.add(new Rij(categorie, aantal(categorie), procent(categorie)));
        }
        return rijen;
    }

    record Rij(Stellercategorie categorie, int aantal, Integer procent) {
    }
}
