package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.BindingResult;

/**
 * One motie, amendement or schriftelijke vraag entered by hand. Mutable for form binding (the date as text, so a
 * wrong date gets its own Dutch message instead of a conversion error); {@link #controleer} puts every problem on
 * its field. For a vraag the soort is fixed and titel and uitkomst are not asked.
 */
class InstrumentFormulier {

    static final int MAX_TITEL = 500;

    private String datum = "";
    private String titel = "";
    private String soort = "";
    private String uitkomst = "";
    private List<Long> indieners = new ArrayList<>();

    public String getDatum() { return datum; }
    public void setDatum(String datum) { this.datum = datum == null ? "" : datum.strip(); }
    public String getTitel() { return titel; }
    public void setTitel(String titel) { this.titel = titel == null ? "" : titel.strip(); }
    public String getSoort() { return soort; }
    public void setSoort(String soort) { this.soort = soort == null ? "" : soort; }
    public String getUitkomst() { return uitkomst; }
    public void setUitkomst(String uitkomst) { this.uitkomst = uitkomst == null ? "" : uitkomst; }
    public List<Long> getIndieners() { return indieners; }
    public void setIndieners(List<Long> indieners) { this.indieners = indieners == null ? new ArrayList<>() : indieners; }

    /** The instrument when every field is right; otherwise empty, with each problem on its field. */
    Optional<Invoer> controleer(BindingResult fouten, boolean vraag, Set<Long> partijen, LocalDate vandaag) {
        LocalDate dag = Datums.lees(datum).orElse(null);
        if (datum.isEmpty()) {
            fouten.rejectValue("datum", "", "Vul de datum van indiening in, bijvoorbeeld 31-01-2023.");
        } else if (dag == null) {
            fouten.rejectValue("datum", "", "'%s' is geen geldige datum; schrijf de datum als 31-01-2023.".formatted(datum));
        } else if (dag.isAfter(vandaag)) {
            fouten.rejectValue("datum", "", "De datum ligt in de toekomst; vul de datum in waarop is ingediend.");
        } else if (dag.getYear() < 1900) {
            fouten.rejectValue("datum", "", "De datum ligt voor 1900; controleer het jaartal.");
        }
        Instrumentsoort gekozen = Instrumentsoort.SCHRIFTELIJKE_VRAAG;
        Uitkomst afloop = null;
        if (!vraag) {
            if (titel.isEmpty()) {
                fouten.rejectValue("titel", "", "Vul de titel in, bijvoorbeeld 'Motie betaalbare huur'.");
            } else if (titel.length() > MAX_TITEL) {
                fouten.rejectValue("titel", "", "De titel is te lang: gebruik hooguit %d tekens.".formatted(MAX_TITEL));
            }
            gekozen = motiesoort(soort);
            if (gekozen == null) {
                fouten.rejectValue("soort", "", "Kies de soort: motie, amendement of motie vreemd aan de orde van de dag.");
            }
            afloop = uitkomst(uitkomst);
            if (afloop == null) {
                fouten.rejectValue("uitkomst", "", "Kies de uitkomst: aangenomen, verworpen, ingetrokken/aangehouden of overig.");
            }
        }
        Set<Long> gekozenPartijen = new LinkedHashSet<>(indieners);
        gekozenPartijen.remove(null);
        if (gekozenPartijen.isEmpty()) {
            fouten.rejectValue("indieners", "", "Kies minstens één indienende partij.");
        } else if (!partijen.containsAll(gekozenPartijen)) {
            fouten.rejectValue("indieners", "", "Kies alleen partijen uit het partijenregister van deze gemeente.");
        }
        if (fouten.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Invoer(gekozen, dag, vraag ? null : titel, afloop, gekozenPartijen));
    }

    private static Instrumentsoort motiesoort(String tekst) {
        for (Instrumentsoort s : Instrumentsoort.values()) {
            if (s != Instrumentsoort.SCHRIFTELIJKE_VRAAG && s.name().equals(tekst)) {
                return s;
            }
        }
        return null;
    }

    private static Uitkomst uitkomst(String tekst) {
        for (Uitkomst u : Uitkomst.values()) {
            if (u.name().equals(tekst)) {
                return u;
            }
        }
        return null;
    }

    /** A checked instrument, ready to be written. */
    record Invoer(Instrumentsoort soort, LocalDate datum, String titel, Uitkomst uitkomst, Set<Long> indieners) {
    }
}
