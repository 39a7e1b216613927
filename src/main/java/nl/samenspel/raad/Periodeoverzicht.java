package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the report page of one raadsperiode shows: tables 3, 4 and 5, the election that
 * opened the period with its fragmentation, the coalities with their size and who left, the
 * afsplitsingen, and the reference values beside the gemeente's own counts.
 */
record Periodeoverzicht(Raadsperiode periode, List<Vragentabel.Rij> vragen, int vragenTotaal, List<Uitkomsttabel.Rij> amendementen,
        int amendementenTotaal, List<Uitkomsttabel.Rij> moties, int motiesTotaal, Verkiezingsbeeld verkiezing,
        List<Coalitiebeeld> coalities, List<Afsplitsing> afsplitsingen, List<Vergelijking> vergelijkingen) {

    /** One election as tables 7 and 8 and the fragmentation measures show it. */
    record Verkiezingsbeeld(Long id, LocalDate datum, int zetels, int fracties, int lokaleFracties, Integer lokaalProcent,
            Integer landelijkProcent, Double effectiefAantalPartijen, String grootstePartij, Integer grootsteProcent) {
    }

    /** A coalitie: its partijen and seats at the start (from the election before it), and who left when. */
    record Coalitiebeeld(Long id, String naam, LocalDate begin, LocalDate einde, List<String> partijen, int zetels, int raadszetels,
            List<Vertrek> vertrokken) {
    }

    record Vertrek(String partij, LocalDate datum) {
    }

    record Afsplitsing(String fractie, String van, int zetels, LocalDate datum) {
    }

    /** The gemeente's own count beside a reference value with its source. */
    record Vergelijking(Referentiewaarde.Indicator indicator, Number eigen, Referentiewaarde referentie) {
    }
}
