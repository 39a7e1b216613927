package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/** A raadsperiode as typed: a free name, a first and last day, not overlapping another period. */
class PeriodeFormulier {

    static final int MAX_NAAM = 100;

    private String naam = "";
    private String begin = "";
    private String einde = "";

    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam == null ? "" : naam; }
    public String getBegin() { return begin; }
    public void setBegin(String begin) { this.begin = begin == null ? "" : begin; }
    public String getEinde() { return einde; }
    public void setEinde(String einde) { this.einde = einde == null ? "" : einde; }

    Optional<Raadsperiode> controleer(BindingResult fouten, List<Raadsperiode> periodes) {
        Veldcontrole v = new Veldcontrole(fouten);
        String schoon = v.tekst("naam", naam, MAX_NAAM, "raad.fout.periode.naam");
        if (schoon != null) {
            periodes.stream().filter(p -> p.naam().equalsIgnoreCase(schoon)).findFirst()
                    .ifPresent(p -> v.fout("naam", "raad.fout.periode.bestaat", p.naam()));
        }
        LocalDate eerste = v.datum("begin", begin, "raad.fout.periode.begin.leeg");
        LocalDate laatste = v.datum("einde", einde, "raad.fout.periode.einde.leeg");
        if (eerste != null && laatste != null) {
            if (laatste.isBefore(eerste)) {
                v.fout("einde", "raad.fout.einde.voor-begin", Veldcontrole.DAG.format(laatste), Veldcontrole.DAG.format(eerste));
            } else {
                Registerregels.overlap(eerste, laatste, periodes).ifPresent(p -> v.fout("begin", "raad.fout.periode.overlap", p.naam(),
                        Veldcontrole.DAG.format(p.beginDatum()), Veldcontrole.DAG.format(p.eindDatum())));
            }
        }
        return v.goed() ? Optional.of(new Raadsperiode(null, null, schoon, eerste, laatste)) : Optional.empty();
    }
}
