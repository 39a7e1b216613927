package nl.samenspel.raad;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Reads the text of register form fields and puts every problem on its field as a message key
 * (raad.fout.*) with arguments, so the page shows it next to the field and in the error summary.
 * Each read returns null when the field was wrong.
 */
final class Veldcontrole {

    static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final Pattern GETAL = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?|-?\\d+([.,]\\d+)?");

    private final BindingResult fouten;

    Veldcontrole(BindingResult fouten) {
        this.fouten = fouten;
    }

    void fout(String veld, String sleutel, Object... argumenten) {
        fouten.rejectValue(veld, sleutel, argumenten, null);
    }

    void algemeen(String sleutel, Object... argumenten) {
        fouten.reject(sleutel, argumenten, null);
    }

    boolean heeftFout(String veld) {
        return fouten.hasFieldErrors(veld);
    }

    boolean goed() {
        return !fouten.hasErrors();
    }

    /** Required text of at most max characters, stripped; messages {@code sleutel}.leeg and {@code sleutel}.te-lang. */
    String tekst(String veld, String waarde, int max, String sleutel) {
        String t = waarde == null ? "" : waarde.strip();
        if (t.isEmpty()) {
            fout(veld, sleutel + ".leeg");
            return null;
        }
        if (t.length() > max) {
            fout(veld, sleutel + ".te-lang", max, t.length());
            return null;
        }
        return t;
    }

    /** Optional text: null when empty, an error ({@code sleutel}.te-lang) when longer than max. */
    String vrijeTekst(String veld, String waarde, int max, String sleutel) {
        String t = waarde == null ? "" : waarde.strip();
        if (t.length() > max) {
            fout(veld, sleutel + ".te-lang", max, t.length());
        }
        return t.isEmpty() ? null : t;
    }

    /** A required date (2023-01-31 from a date field, or 31-01-2023 typed) between 1900 and 2100. */
    LocalDate datum(String veld, String waarde, String leeg) {
        String t = waarde == null ? "" : waarde.strip();
        if (t.isEmpty()) {
            fout(veld, leeg);
            return null;
        }
        LocalDate dag = Datums.lees(t).orElse(null);
        if (dag == null) {
            fout(veld, "raad.fout.datum.ongeldig", t);
            return null;
        }
        if (dag.getYear() < 1900 || dag.getYear() > 2100) {
            fout(veld, "raad.fout.datum.jaartal", t);
            return null;
        }
        return dag;
    }

    /** A required date that has already happened. */
    LocalDate verleden(String veld, String waarde, String leeg, LocalDate vandaag) {
        LocalDate dag = datum(veld, waarde, leeg);
        if (dag != null && dag.isAfter(vandaag)) {
            fout(veld, "raad.fout.datum.toekomst", DAG.format(dag));
            return null;
        }
        return dag;
    }

    /** A required whole number from min to max; the messages name the thing counted through the key prefix. */
    Integer geheel(String veld, String waarde, int min, int max, String sleutel, Object wie) {
        String t = waarde == null ? "" : waarde.strip();
        if (t.isEmpty()) {
            fout(veld, sleutel + ".leeg", wie);
            return null;
        }
        int getal;
        try {
            getal = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            fout(veld, sleutel + ".geen-getal", wie, t);
            return null;
        }
        if (getal < min) {
            fout(veld, sleutel + ".te-klein", wie, min, getal);
            return null;
        }
        if (getal > max) {
            fout(veld, sleutel + ".te-groot", wie, max, getal);
            return null;
        }
        return getal;
    }

    /** A number as people write it: 7,3 or 7.3 or 1.234,5; null (with an error) for anything else. */
    BigDecimal getal(String veld, String waarde, String leeg) {
        String t = waarde == null ? "" : waarde.strip().replace(" ", "");
        if (t.isEmpty()) {
            fout(veld, leeg);
            return null;
        }
        BigDecimal getal = leesGetal(t);
        if (getal == null) {
            fout(veld, "raad.fout.getal.ongeldig", t);
        }
        return getal;
    }

    static BigDecimal leesGetal(String t) {
        if (!GETAL.matcher(t).matches()) {
            return null;
        }
        String schoon = t.matches(".*\\.\\d{3}(\\.\\d{3})*(,\\d+)?") && (t.contains(",") || t.indexOf('.') != t.lastIndexOf('.'))
                ? t.replace(".", "").replace(',', '.') : t.replace(',', '.');
        return new BigDecimal(schoon);
    }

    /** Runs the service's change; when a rule still refuses it, the refusal goes on the form and the answer is false. */
    static boolean uitgevoerd(BindingResult fouten, Runnable actie) {
        try {
            actie.run();
            return true;
        } catch (OngeldigVerzoekException e) {
            new Veldcontrole(fouten).regel(e);
            return false;
        }
    }

    /** A rule the service still refused (e.g. a change made meanwhile): its Dutch message on its field, or for the whole form. */
    void regel(OngeldigVerzoekException e) {
        if (e.veld() != null && new BeanWrapperImpl(fouten.getTarget()).isReadableProperty(e.veld())) {
            fouten.rejectValue(e.veld(), "", e.getMessage());
        } else {
            fouten.reject("", e.getMessage());
        }
    }
}
