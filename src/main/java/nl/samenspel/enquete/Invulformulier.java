package nl.samenspel.enquete;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the respondent's form posts: afdeling (when not assigned), answers per question code, a comment. */
class Invulformulier {

    private Long afdelingId;
    private Map<String, Integer> antwoorden = new LinkedHashMap<>();
    private String opmerking;

    public Long getAfdelingId() {
        return afdelingId;
    }

    public void setAfdelingId(Long afdelingId) {
        this.afdelingId = afdelingId;
    }

    public Map<String, Integer> getAntwoorden() {
        return antwoorden;
    }

    public void setAntwoorden(Map<String, Integer> antwoorden) {
        this.antwoorden = antwoorden == null ? new LinkedHashMap<>() : antwoorden;
    }

    public String getOpmerking() {
        return opmerking;
    }

    public void setOpmerking(String opmerking) {
        this.opmerking = opmerking;
    }
}
