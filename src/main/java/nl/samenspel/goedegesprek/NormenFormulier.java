package nl.samenspel.goedegesprek;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.validation.BindingResult;

/**
 * The norm set as a form: a name and per item the acceptable answers, whether the item weighs
 * heavier, and why. Mutable for form binding; {@link #controleer} names every problem per item.
 */
class NormenFormulier {

    static final int MAX_TOELICHTING = 1000;

    static class Regel {
        private int item;
        private List<Integer> acceptabel = new ArrayList<>();
        private boolean zwaar;
        private String toelichting = "";

        public int getItem() { return item; }
        public void setItem(int item) { this.item = item; }
        public List<Integer> getAcceptabel() { return acceptabel; }
        public void setAcceptabel(List<Integer> acceptabel) { this.acceptabel = acceptabel == null ? new ArrayList<>() : acceptabel; }
        public boolean isZwaar() { return zwaar; }
        public void setZwaar(boolean zwaar) { this.zwaar = zwaar; }
        public String getToelichting() { return toelichting; }
        public void setToelichting(String toelichting) { this.toelichting = toelichting == null ? "" : toelichting; }
    }

    private String naam = "";
    private List<Regel> regels = new ArrayList<>();

    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam == null ? "" : naam; }
    public List<Regel> getRegels() { return regels; }
    public void setRegels(List<Regel> regels) { this.regels = regels; }

    static NormenFormulier van(Normen normen) {
        NormenFormulier formulier = new NormenFormulier();
        formulier.setNaam(normen.naam());
        for (Normen.Norm norm : normen.items()) {
            Regel regel = new Regel();
            regel.setItem(norm.item());
            regel.setAcceptabel(new ArrayList<>(norm.acceptabel()));
            regel.setZwaar(norm.zwaar());
            regel.setToelichting(norm.toelichting());
            formulier.regels.add(regel);
        }
        return formulier;
    }

    /** Every problem goes on its field, in Dutch, with the item number. */
    void controleer(BindingResult fouten) {
        if (naam.isBlank()) {
            fouten.rejectValue("naam", "", "Geef de normenset een naam, bijvoorbeeld 'Normen raad en college 2027'.");
        } else if (naam.length() > 200) {
            fouten.rejectValue("naam", "", "De naam is te lang: gebruik hooguit 200 tekens.");
        }
        if (regels.size() != Invulregels.ITEMS) {
            fouten.reject("", "Het formulier is onvolledig: er moeten normen voor alle 19 items zijn. Laad de pagina opnieuw.");
            return;
        }
        for (int i = 0; i < regels.size(); i++) {
            Regel regel = regels.get(i);
            String veld = "regels[" + i + "].";
            if (regel.getItem() != i + 1) {
                fouten.reject("", "Het formulier is beschadigd (item %d staat op plaats %d). Laad de pagina opnieuw.".formatted(regel.getItem(), i + 1));
            }
            if (regel.getAcceptabel().isEmpty()) {
                fouten.rejectValue(veld + "acceptabel", "", "Item %d: kies minstens één aanvaardbaar antwoord.".formatted(i + 1));
            } else if (regel.getAcceptabel().stream().anyMatch(a -> a == null || a < 1 || a > 5)) {
                fouten.rejectValue(veld + "acceptabel", "", "Item %d: een aanvaardbaar antwoord ligt tussen 1 (altijd) en 5 (nooit).".formatted(i + 1));
            } else if (regel.getAcceptabel().size() == 5) {
                fouten.rejectValue(veld + "acceptabel", "", "Item %d: als elk antwoord aanvaardbaar is, zegt het item niets meer; laat minstens één antwoord weg.".formatted(i + 1));
            }
            if (regel.getToelichting().length() > MAX_TOELICHTING) {
                fouten.rejectValue(veld + "toelichting", "", "Item %d: de toelichting is te lang (hooguit %d tekens).".formatted(i + 1, MAX_TOELICHTING));
            }
        }
    }

    Normen alsNormen(Normen basis, int versie) {
        List<Normen.Norm> items = new ArrayList<>();
        for (Regel regel : regels) {
            items.add(new Normen.Norm(regel.getItem(), new TreeSet<>(regel.getAcceptabel()), regel.isZwaar(), regel.getToelichting().strip()));
        }
        return basis.met(naam.strip(), versie, items);
    }
}
