package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/** An election result as typed: the date and per partij the seats (field zetels[partijId]; empty means none). */
class VerkiezingFormulier {

    private String datum = "";
    private Map<Long, String> zetels = new LinkedHashMap<>();

    public String getDatum() { return datum; }
    public void setDatum(String datum) { this.datum = datum == null ? "" : datum; }
    public Map<Long, String> getZetels() { return zetels; }
    public void setZetels(Map<Long, String> zetels) { this.zetels = zetels == null ? new LinkedHashMap<>() : zetels; }

    /** Seats per partij when the date and every count are right and together they fit one raad. */
    Optional<Invoer> controleer(BindingResult fouten, Map<Long, Partij> partijen, LocalDate vandaag) {
        Veldcontrole v = new Veldcontrole(fouten);
        LocalDate dag = v.verleden("datum", datum, "raad.fout.verkiezing.datum.leeg", vandaag);
        Map<Long, Integer> uitslag = new LinkedHashMap<>();
        int totaal = 0;
        boolean onbekendGemeld = false;
        for (var veld : zetels.entrySet()) {
            if (veld.getValue() == null || veld.getValue().isBlank()) {
                continue;
            }
            Partij partij = partijen.get(veld.getKey());
            if (partij == null) {
                if (!onbekendGemeld) {
                    v.algemeen("raad.fout.zetels.onbekende-partij");
                    onbekendGemeld = true;
                }
                continue;
            }
            Integer aantal = v.geheel("zetels[" + veld.getKey() + "]", veld.getValue(), 0, RegisterService.MAX_ZETELS, "raad.fout.zetels",
                    partij.naam());
            if (aantal != null) {
                uitslag.put(veld.getKey(), aantal);
                totaal += aantal;
            }
        }
        boolean allesGelezen = !v.heeftFout("zetels*");
        if (allesGelezen && totaal > RegisterService.MAX_ZETELS) {
            v.fout("zetels", "raad.fout.zetels.totaal", totaal, RegisterService.MAX_ZETELS);
        } else if (allesGelezen && totaal == 0) {
            v.fout("zetels", "raad.fout.zetels.geen");
        }
        return v.goed() ? Optional.of(new Invoer(dag, uitslag)) : Optional.empty();
    }

    record Invoer(LocalDate datum, Map<Long, Integer> zetels) {
    }
}
