package nl.samenspel.raad;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The council facts beside items 1, 6, 7 and 8 of het goede gesprek, for the raadsperiode that
 * holds the peildatum, counted from its begin up to and including the peildatum.
 *
 * @param raadsperiode name of the period, e.g. 2022-2026
 * @param periodeBegin first day of the period
 * @param periodeEinde last day of the period
 * @param peildatum the day the facts are taken on
 * @param motiesEnAmendementenCoalitie item 1: moties and amendementen submitted by coalition partijen only
 * @param motiesEnAmendementenOppositie item 1: submitted by opposition partijen only
 * @param motiesEnAmendementenGemengd item 1: submitted by coalition and opposition partijen together
 * @param aangenomenCoalitieProcent item 1: whole percent of the coalition's adopted, null without any
 * @param aangenomenOppositieProcent item 1: whole percent of the opposition's adopted, null without any
 * @param verschilProcentpunten item 1: coalition minus opposition percentage; large means voting along the coalition line
 * @param coalitiesBeeindigd item 6: coalities that ended within the period up to the peildatum
 * @param vertrokken item 6: partijen that left a coalitie that went on
 * @param fracties item 7: number of fracties on the peildatum (from the fracties, else the election result), null if unknown
 * @param referentieFracties item 7: the reference average (7,3 unless the gemeente changed it), null if none
 * @param referentieBron item 7: where the reference comes from
 * @param afsplitsingen item 8: afsplitsingen in the period up to the peildatum
 */
public record Raadsfeiten(String raadsperiode, LocalDate periodeBegin, LocalDate periodeEinde, LocalDate peildatum,
        int motiesEnAmendementenCoalitie, int motiesEnAmendementenOppositie, int motiesEnAmendementenGemengd,
        Integer aangenomenCoalitieProcent, Integer aangenomenOppositieProcent, Integer verschilProcentpunten,
        int coalitiesBeeindigd, List<Vertrek> vertrokken, Integer fracties, BigDecimal referentieFracties, String referentieBron,
        List<Afsplitsing> afsplitsingen) {

    public Raadsfeiten {
        vertrokken = List.copyOf(vertrokken);
        afsplitsingen = List.copyOf(afsplitsingen);
    }

    /** A partij that left a coalitie on {@code datum} (from that day in the opposition). */
    public record Vertrek(String partij, String coalitie, LocalDate datum) {
    }

    /** A fractie that split off from {@code van} with {@code zetels} seats on {@code datum}. */
    public record Afsplitsing(String fractie, String van, int zetels, LocalDate datum) {
    }
}
