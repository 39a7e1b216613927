package nl.samenspel.goedegesprek;

import java.util.HashMap;
import java.util.Map;

/**
 * The vragenlijst form as posted: per item a value (1..5, 0 = geen antwoord, absent = not yet
 * answered) and an optional example. Mutable because Spring binds {@code waarden[7]=3} onto maps.
 */
class Invulformulier {

    static final int GEEN_ANTWOORD = 0;

    private Groep groep;
    private String naam;
    private Map<Integer, Integer> waarden = new HashMap<>();
    private Map<Integer, String> voorbeelden = new HashMap<>();

    static Invulformulier van(Deelname deelname) {
        Invulformulier formulier = new Invulformulier();
        formulier.groep = deelname.groep();
        formulier.naam = deelname.naam();
        deelname.antwoorden().forEach((item, antwoord) -> {
            formulier.waarden.put(item, antwoord.waarde() == null ? GEEN_ANTWOORD : antwoord.waarde());
            if (antwoord.voorbeeld() != null) {
                formulier.voorbeelden.put(item, antwoord.voorbeeld());
            }
        });
        return formulier;
    }

    public Groep getGroep() {
        return groep;
    }

    public void setGroep(Groep groep) {
        this.groep = groep;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public Map<Integer, Integer> getWaarden() {
        return waarden;
    }

    public void setWaarden(Map<Integer, Integer> waarden) {
        this.waarden = waarden;
    }

    public Map<Integer, String> getVoorbeelden() {
        return voorbeelden;
    }

    public void setVoorbeelden(Map<Integer, String> voorbeelden) {
        this.voorbeelden = voorbeelden;
    }
}
