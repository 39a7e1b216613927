package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.BindingResult;

/** A new coalitie as typed: name, first day and member partijen. */
class CoalitieFormulier {

    static final int MAX_NAAM = 200;

    private String naam = "";
    private String begin = "";
    private List<Long> partijen = new ArrayList<>();

    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam == null ? "" : naam; }
    public String getBegin() { return begin; }
    public void setBegin(String begin) { this.begin = begin == null ? "" : begin; }
    public List<Long> getPartijen() { return partijen; }
    public void setPartijen(List<Long> partijen) { this.partijen = partijen == null ? new ArrayList<>() : partijen; }

    /**
     * A free name, a first day that has passed and lies in a raadsperiode, and partijen of this gemeente that sit in
     * no other coalitie on that day.
     */
    Optional<Invoer> controleer(BindingResult fouten, Map<Long, Partij> register, List<Coalitie> coalities, List<Raadsperiode> periodes,
            LocalDate vandaag) {
        Veldcontrole v = new Veldcontrole(fouten);
        String schoon = v.tekst("naam", naam, MAX_NAAM, "raad.fout.coalitie.naam");
        if (schoon != null) {
            coalities.stream().filter(c -> c.naam().equalsIgnoreCase(schoon)).findFirst()
                    .ifPresent(c -> v.fout("naam", "raad.fout.coalitie.bestaat", c.naam()));
        }
        LocalDate dag = v.verleden("begin", begin, "raad.fout.coalitie.begin.leeg", vandaag);
        if (dag != null) {
            Registerregels.inPeriode(v, "begin", dag, periodes);
        }
        Set<Long> gekozen = new LinkedHashSet<>(partijen);
        gekozen.remove(null);
        if (fouten.hasFieldErrors("partijen")) {
            return Optional.empty();
        }
        if (gekozen.isEmpty()) {
            v.fout("partijen", "raad.fout.partijen.leeg");
        } else if (!register.keySet().containsAll(gekozen)) {
            v.fout("partijen", "raad.fout.partijen.onbekend");
        } else if (dag != null) {
            for (Long id : gekozen) {
                coalities.stream().filter(c -> c.partijen().stream().anyMatch(p -> p.partijId().equals(id) && lidOp(p, dag))).findFirst()
                        .ifPresent(c -> v.fout("partijen", "raad.fout.partijen.al-in-coalitie", register.get(id).naam(),
                                Veldcontrole.DAG.format(dag), c.naam()));
            }
        }
        return v.goed() ? Optional.of(new Invoer(schoon, dag, List.copyOf(gekozen))) : Optional.empty();
    }

    private static boolean lidOp(Coalitie.Coalitiepartij lid, LocalDate dag) {
        return !dag.isBefore(lid.vanaf()) && (lid.tot() == null || dag.isBefore(lid.tot()));
    }

    record Invoer(String naam, LocalDate begin, List<Long> partijen) {
    }
}
