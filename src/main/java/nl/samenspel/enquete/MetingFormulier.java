package nl.samenspel.enquete;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** The page form for a new meting: chosen afdelingen and the headcount of each. */
class MetingFormulier {

    private String titel = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startdatum;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate einddatum;
    private List<Long> afdelingen = new ArrayList<>();
    private Map<Long, Integer> medewerkers = new HashMap<>();

    NieuweMeting alsNieuweMeting() {
        Map<Long, Integer> gekozen = new LinkedHashMap<>();
        afdelingen.forEach(id -> gekozen.put(id, medewerkers.getOrDefault(id, 0)));
        return new NieuweMeting(titel, startdatum, einddatum, gekozen);
    }

    public String getTitel() {
        return titel;
    }

    public void setTitel(String titel) {
        this.titel = titel;
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    public void setStartdatum(LocalDate startdatum) {
        this.startdatum = startdatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public void setEinddatum(LocalDate einddatum) {
        this.einddatum = einddatum;
    }

    public List<Long> getAfdelingen() {
        return afdelingen;
    }

    public void setAfdelingen(List<Long> afdelingen) {
        this.afdelingen = afdelingen == null ? new ArrayList<>() : afdelingen;
    }

    public Map<Long, Integer> getMedewerkers() {
        return medewerkers;
    }

    public void setMedewerkers(Map<Long, Integer> medewerkers) {
        this.medewerkers = medewerkers == null ? new HashMap<>() : medewerkers;
    }
}
