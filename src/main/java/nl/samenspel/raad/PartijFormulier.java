package nl.samenspel.raad;

import java.util.List;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/** A partij as typed in the form (all text, so every mistake gets its own message); {@link #controleer} checks it. */
class PartijFormulier {

    static final int MAX_NAAM = 200;
    static final int MAX_AFKORTING = 40;
    static final int MAX_ALIASSEN = 2000;

    private String naam = "";
    private String afkorting = "";
    private String soort = "";
    private String aliassen = "";

    static PartijFormulier van(Partij partij) {
        PartijFormulier f = new PartijFormulier();
        f.setNaam(partij.naam());
        f.setAfkorting(partij.afkorting());
        f.setSoort(partij.soort().name());
        f.setAliassen(partij.aliassen());
        return f;
    }

    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam == null ? "" : naam; }
    public String getAfkorting() { return afkorting; }
    public void setAfkorting(String afkorting) { this.afkorting = afkorting == null ? "" : afkorting; }
    public String getSoort() { return soort; }
    public void setSoort(String soort) { this.soort = soort == null ? "" : soort; }
    public String getAliassen() { return aliassen; }
    public void setAliassen(String aliassen) { this.aliassen = aliassen == null ? "" : aliassen; }

    /** The partij's data when every field is right; {@code zelf} is the partij being changed (null for a new one). */
    Optional<RegisterService.PartijGegevens> controleer(BindingResult fouten, List<Partij> bestaande, Long zelf) {
        Veldcontrole v = new Veldcontrole(fouten);
        String schoon = v.tekst("naam", naam, MAX_NAAM, "raad.fout.partij.naam");
        if (schoon != null) {
            bestaande.stream().filter(p -> !p.id().equals(zelf) && p.naam().equalsIgnoreCase(schoon)).findFirst()
                    .ifPresent(p -> v.fout("naam", "raad.fout.partij.bestaat", p.naam()));
        }
        String kort = v.vrijeTekst("afkorting", afkorting, MAX_AFKORTING, "raad.fout.afkorting");
        Partij.Partijsoort gekozen = soort(soort);
        if (gekozen == null) {
            v.fout("soort", "raad.fout.soort.leeg");
        }
        String andere = v.vrijeTekst("aliassen", aliassen, MAX_ALIASSEN, "raad.fout.aliassen");
        return v.goed() ? Optional.of(new RegisterService.PartijGegevens(schoon, kort, gekozen, andere)) : Optional.empty();
    }

    private static Partij.Partijsoort soort(String tekst) {
        for (Partij.Partijsoort s : Partij.Partijsoort.values()) {
            if (s.name().equals(tekst)) {
                return s;
            }
        }
        return null;
    }
}
