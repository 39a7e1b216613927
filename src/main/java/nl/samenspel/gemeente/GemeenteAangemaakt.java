package nl.samenspel.gemeente;

/** A new gemeente exists; modules may prepare what a gemeente starts with. */
public record GemeenteAangemaakt(Long gemeenteId) {
}
