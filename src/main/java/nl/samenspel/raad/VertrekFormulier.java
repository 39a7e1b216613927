package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/** A partij leaving a coalitie (field partij, datum) or the coalitie ending (field einde), as typed. */
class VertrekFormulier {

    private String partij = "";
    private String datum = "";
    private String einde = "";

    public String getPartij() { return partij; }
    public void setPartij(String partij) { this.partij = partij == null ? "" : partij; }
    public String getDatum() { return datum; }
    public void setDatum(String datum) { this.datum = datum == null ? "" : datum; }
    public String getEinde() { return einde; }
    public void setEinde(String einde) { this.einde = einde == null ? "" : einde; }

    /** The leaving partij and day: a sitting member, a day after it joined, while the coalitie still sat, not in the future. */
    Optional<Vertrek> controleerVertrek(BindingResult fouten, Coalitie coalitie, Map<Long, Partij> partijen, LocalDate vandaag) {
        Veldcontrole v = new Veldcontrole(fouten);
        Partij gekozen = Registerregels.partij(partij, partijen);
        Coalitie.Coalitiepartij lid = null;
        if (gekozen == null) {
            v.fout("partij", "raad.fout.partij.leeg");
        } else {
            lid = coalitie.partijen().stream().filter(p -> p.partijId().equals(gekozen.id())).findFirst().orElse(null);
            if (lid == null) {
                v.fout("partij", "raad.fout.vertrek.geen-lid", gekozen.naam(), coalitie.naam());
            } else if (lid.tot() != null) {
                v.fout("partij", "raad.fout.vertrek.al-weg", gekozen.naam(), Veldcontrole.DAG.format(lid.tot()));
            }
        }
        LocalDate dag = v.verleden("datum", datum, "raad.fout.vertrek.datum.leeg", vandaag);
        if (dag != null && !dag.isAfter(lid == null ? coalitie.beginDatum() : lid.vanaf())) {
            v.fout("datum", "raad.fout.vertrek.te-vroeg", Veldcontrole.DAG.format(lid == null ? coalitie.beginDatum() : lid.vanaf()));
        } else if (dag != null && coalitie.eindDatum() != null && !dag.isBefore(coalitie.eindDatum())) {
            v.fout("datum", "raad.fout.vertrek.na-einde", Veldcontrole.DAG.format(coalitie.eindDatum()));
        }
        return v.goed() ? Optional.of(new Vertrek(gekozen.id(), dag)) : Optional.empty();
    }

    /** The coalitie's end: the first day without it, after its start and after every departure, not in the future. */
    Optional<LocalDate> controleerEinde(BindingResult fouten, Coalitie coalitie, LocalDate vandaag) {
        Veldcontrole v = new Veldcontrole(fouten);
        LocalDate dag = v.verleden("einde", einde, "raad.fout.einde.leeg", vandaag);
        if (dag != null && !dag.isAfter(coalitie.beginDatum())) {
            v.fout("einde", "raad.fout.einde.te-vroeg", Veldcontrole.DAG.format(coalitie.beginDatum()));
        } else if (dag != null) {
            coalitie.partijen().stream().map(Coalitie.Coalitiepartij::tot).filter(t -> t != null && t.isAfter(dag)
                    && (coalitie.eindDatum() == null || t.isBefore(coalitie.eindDatum()))).max(LocalDate::compareTo)
                    .ifPresent(t -> v.fout("einde", "raad.fout.einde.voor-vertrek", Veldcontrole.DAG.format(t)));
        }
        return v.goed() ? Optional.of(dag) : Optional.empty();
    }

    record Vertrek(Long partij, LocalDate datum) {
    }
}
