package nl.samenspel.gemeente;

import org.springframework.data.annotation.Id;

/** The tenant: one Dutch municipality. {@code cbsCode} is the CBS gemeentecode, e.g. GM0935. */
public record Gemeente(@Id Long id, String naam, String cbsCode, int inwonertal, int raadszetels) {

    public Gemeente metGegevens(String naam, int inwonertal, int raadszetels) {
        return new Gemeente(id, naam, cbsCode, inwonertal, raadszetels);
    }
}
