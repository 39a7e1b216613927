package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/** An afsplitsing as typed: from which fractie, the new name, how many seats, on which day. */
class AfsplitsingFormulier {

    private String moeder = "";
    private String naam = "";
    private String zetels = "1";
    private String datum = "";

    public String getMoeder() { return moeder; }
    public void setMoeder(String moeder) { this.moeder = moeder == null ? "" : moeder; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam == null ? "" : naam; }
    public String getZetels() { return zetels; }
    public void setZetels(String zetels) { this.zetels = zetels == null ? "" : zetels; }
    public String getDatum() { return datum; }
    public void setDatum(String datum) { this.datum = datum == null ? "" : datum; }

    /** Checks against the register: the mother has a fractie on the day, the seats fit, the new name is free. */
    Optional<Invoer> controleer(BindingResult fouten, Map<Long, Partij> partijen, List<Fractie> fracties, List<Raadsperiode> periodes,
            LocalDate vandaag) {
        Veldcontrole v = new Veldcontrole(fouten);
        Partij moederpartij = Registerregels.partij(moeder, partijen);
        if (moederpartij == null) {
            v.fout("moeder", "raad.fout.moeder.leeg");
        }
        String nieuweNaam = v.tekst("naam", naam, PartijFormulier.MAX_NAAM, "raad.fout.afsplitsing.naam");
        LocalDate dag = v.verleden("datum", datum, "raad.fout.afsplitsing.datum.leeg", vandaag);
        if (dag != null) {
            Registerregels.inPeriode(v, "datum", dag, periodes);
        }
        Fractie huidig = null;
        if (moederpartij != null && dag != null) {
            huidig = fracties.stream().filter(f -> f.geldtOp(dag) && f.zetels() > 0 && f.partijId().equals(moederpartij.id())).findFirst()
                    .orElse(null);
            if (huidig == null) {
                v.fout("moeder", "raad.fout.moeder.geen-fractie", moederpartij.naam(), Veldcontrole.DAG.format(dag));
            }
        }
        int maximum = huidig == null ? Integer.MAX_VALUE : huidig.zetels();
        Integer aantal = v.geheel("zetels", zetels, 1, maximum, "raad.fout.afsplitsing.zetels",
                moederpartij == null ? "" : moederpartij.naam());
        if (nieuweNaam != null && moederpartij != null && nieuweNaam.equalsIgnoreCase(moederpartij.naam())) {
            v.fout("naam", "raad.fout.afsplitsing.zelfde-naam", moederpartij.naam());
        } else if (nieuweNaam != null && dag != null) {
            partijen.values().stream().filter(p -> p.naam().equalsIgnoreCase(nieuweNaam)).findFirst()
                    .filter(p -> fracties.stream().anyMatch(f -> f.geldtOp(dag) && f.zetels() > 0 && f.partijId().equals(p.id())))
                    .ifPresent(p -> v.fout("naam", "raad.fout.afsplitsing.naam-zit", p.naam(), Veldcontrole.DAG.format(dag)));
        }
        return v.goed() ? Optional.of(new Invoer(moederpartij.id(), nieuweNaam, aantal, dag)) : Optional.empty();
    }

    record Invoer(Long moeder, String naam, int zetels, LocalDate datum) {
    }
}
