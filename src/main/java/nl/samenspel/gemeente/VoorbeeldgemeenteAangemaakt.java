package nl.samenspel.gemeente;

/** The demo gemeente Voorbeeldstad was just seeded; modules add their demo content on this. */
public record VoorbeeldgemeenteAangemaakt(Long gemeenteId) {
}
