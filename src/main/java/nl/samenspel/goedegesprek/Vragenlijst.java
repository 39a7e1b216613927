package nl.samenspel.goedegesprek;

import java.util.List;

/**
 * The instrument as data (src/main/resources/goedegesprek/vragenlijst-v1.json). {@code polariteit}
 * says what 'altijd' means for an item: NEGATIEF items describe a problem (altijd is bad),
 * POSITIEF items a healthy situation (altijd is good).
 */
record Vragenlijst(String id, int versie, String titel, String bron, List<Schaalpunt> schaal, List<Item> items) {

    enum Polariteit { NEGATIEF, POSITIEF }

    enum Onderdeel { RAAD, COLLEGE }

    record Schaalpunt(int waarde, String label) {
    }

    record Item(int nummer, Onderdeel groep, String tekst, Polariteit polariteit) {
    }

    public Item item(int nummer) {
        return items.get(nummer - 1);
    }

    public List<Item> itemsVan(Onderdeel onderdeel) {
        return items.stream().filter(i -> i.groep() == onderdeel).toList();
    }
}
