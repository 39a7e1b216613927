package nl.samenspel.raad;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/** A reference value as typed; the value may use a Dutch decimal comma (7,3) or a point (7.3). */
class ReferentieFormulier {

    static final int MAX_GROOTTE = 100;
    static final int MAX_BRON = 500;
    static final BigDecimal MAXIMUM = new BigDecimal("1000000");

    private String indicator = "";
    private String gemeentegrootte = "";
    private String waarde = "";
    private String bron = "";

    static ReferentieFormulier van(Referentiewaarde r) {
        ReferentieFormulier f = new ReferentieFormulier();
        f.setIndicator(r.indicator().name());
        f.setGemeentegrootte(r.gemeentegrootte());
        f.setWaarde(r.waarde().stripTrailingZeros().toPlainString().replace('.', ','));
        f.setBron(r.bron());
        return f;
    }

    public String getIndicator() { return indicator; }
    public void setIndicator(String indicator) { this.indicator = indicator == null ? "" : indicator; }
    public String getGemeentegrootte() { return gemeentegrootte; }
    public void setGemeentegrootte(String gemeentegrootte) { this.gemeentegrootte = gemeentegrootte == null ? "" : gemeentegrootte; }
    public String getWaarde() { return waarde; }
    public void setWaarde(String waarde) { this.waarde = waarde == null ? "" : waarde; }
    public String getBron() { return bron; }
    public void setBron(String bron) { this.bron = bron == null ? "" : bron; }

    /** The value when every field is right and no other value has this indicator and gemeentegrootte; zelf is the one changed. */
    Optional<Referentiewaarde> controleer(BindingResult fouten, List<Referentiewaarde> bestaande, Long zelf) {
        Veldcontrole v = new Veldcontrole(fouten);
        Referentiewaarde.Indicator gekozen = indicator(indicator);
        if (gekozen == null) {
            v.fout("indicator", "raad.fout.indicator.leeg");
        }
        String grootte = v.tekst("gemeentegrootte", gemeentegrootte, MAX_GROOTTE, "raad.fout.gemeentegrootte");
        if (gekozen != null && grootte != null) {
            bestaande.stream().filter(r -> !r.id().equals(zelf) && r.indicator() == gekozen && r.gemeentegrootte().equalsIgnoreCase(grootte))
                    .findFirst().ifPresent(r -> v.fout("gemeentegrootte", "raad.fout.referentie.bestaat", r.gemeentegrootte()));
        }
        BigDecimal getal = v.getal("waarde", waarde, "raad.fout.waarde.leeg");
        if (getal != null && getal.signum() < 0) {
            v.fout("waarde", "raad.fout.waarde.negatief", waarde.strip());
        } else if (getal != null && getal.compareTo(MAXIMUM) >= 0) {
            v.fout("waarde", "raad.fout.waarde.te-groot", waarde.strip());
        } else if (getal != null && getal.stripTrailingZeros().scale() > 2) {
            v.fout("waarde", "raad.fout.waarde.decimalen", waarde.strip());
        }
        String schoon = v.tekst("bron", bron, MAX_BRON, "raad.fout.bron");
        return v.goed() ? Optional.of(new Referentiewaarde(zelf, null, gekozen, grootte, getal, schoon)) : Optional.empty();
    }

    private static Referentiewaarde.Indicator indicator(String tekst) {
        for (Referentiewaarde.Indicator i : Referentiewaarde.Indicator.values()) {
            if (i.name().equals(tekst)) {
                return i;
            }
        }
        return null;
    }
}
