package nl.samenspel.gemeente;

import org.springframework.data.annotation.Id;

/** A department of the ambtelijke organisatie; {@code code} is unique within the gemeente. */
public record Afdeling(@Id Long id, Long gemeenteId, String code, String naam) {

    public Afdeling metNaam(String nieuweNaam) {
        return new Afdeling(id, gemeenteId, code, nieuweNaam);
    }
}
