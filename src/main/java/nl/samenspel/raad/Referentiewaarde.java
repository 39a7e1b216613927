package nl.samenspel.raad;

import java.math.BigDecimal;
import org.springframework.data.annotation.Id;

/** A benchmark to set a gemeente's figures beside, e.g. 7,3 fracties per raad on average, with its source. */
record Referentiewaarde(@Id Long id, Long gemeenteId, Indicator indicator, String gemeentegrootte, BigDecimal waarde, String bron) {

    enum Indicator {
        FRACTIES,
        MOTIES,
        AMENDEMENTEN,
        SCHRIFTELIJKE_VRAGEN;

        public String sleutel() {
            return "raad.indicator." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
