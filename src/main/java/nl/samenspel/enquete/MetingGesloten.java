package nl.samenspel.enquete;

/** A meting was closed: its report is final. Carries counts only, never answers. */
public record MetingGesloten(Long gemeenteId, Long metingId, int respondenten) {
}
