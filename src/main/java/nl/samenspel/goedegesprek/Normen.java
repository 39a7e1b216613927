package nl.samenspel.goedegesprek;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.samenspel.shared.OngeldigVerzoekException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A norm set: per item the acceptable answers. {@code zwaar} items (a coalition falling apart,
 * trust withdrawn, a bestuurder leaving) weigh one phase heavier when outside the norm.
 */
record Normen(String naam, int versie, String uitleg, List<Norm> items) {

    record Norm(int item, SortedSet<Integer> acceptabel, boolean zwaar, String toelichting) {

        Norm {
            acceptabel = new TreeSet<>(acceptabel);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Normen lees(String json) {
        Normen normen = JSON.readValue(json, Normen.class);
        List<String> fouten = new ArrayList<>();
        if (normen.items() == null || normen.items().size() != Invulregels.ITEMS) {
            fouten.add("er moet precies één norm per item zijn (19)");
        } else {
            for (int i = 0; i < normen.items().size(); i++) {
                Norm norm = normen.items().get(i);
                if (norm.item() != i + 1) {
                    fouten.add("norm op plaats %d is voor item %d; verwacht item %d".formatted(i + 1, norm.item(), i + 1));
                } else if (norm.acceptabel().isEmpty() || norm.acceptabel().first() < 1 || norm.acceptabel().last() > 5) {
                    fouten.add("item %d: kies minstens één aanvaardbaar antwoord tussen 1 en 5".formatted(norm.item()));
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException("normen", "Ongeldige normen: " + String.join("; ", fouten) + ".");
        }
        return normen;
    }

    String alsJson() {
        return JSON.writeValueAsString(this);
    }

    Norm norm(int item) {
        return items.get(item - 1);
    }

    Normen met(String nieuweNaam, int nieuweVersie, List<Norm> nieuweItems) {
        return new Normen(nieuweNaam, nieuweVersie, uitleg, nieuweItems);
    }
}
