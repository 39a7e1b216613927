package nl.samenspel.raad;

import java.util.Locale;

/** The three import formats. */
enum Importformaat {
    MOTIES_CSV,
    VRAGEN_CSV,
    OPENBESLUITVORMING_NDJSON;

    public String sleutel() {
        return "raad.import.formaat." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
