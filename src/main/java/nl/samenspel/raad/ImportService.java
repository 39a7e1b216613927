package nl.samenspel.raad;

import java.io.Reader;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports moties, amendementen and vragen: streaming parse, batched writes, one transaction.
 * A file with any bad row or unknown party name is rejected whole and nothing stays written.
 */
@Service("raadImportService")
class ImportService {

    private final JdbcTemplate jdbc;
    private final PartijRepository partijen;

    ImportService(JdbcTemplate jdbc, PartijRepository partijen) {
        this.jdbc = jdbc;
        this.partijen = partijen;
    }

    @Transactional
    Importverwerker.Importresultaat importeer(Long gemeenteId, Importformaat formaat, Reader bron, IntConsumer voortgang) {
        var namen = new Partijnamen(partijen.findByGemeenteIdOrderByNaam(gemeenteId));
        try (var schrijver = new InstrumentSchrijver(jdbc, gemeenteId, formaat.name())) {
            var verwerker = new Importverwerker(namen, schrijver, voortgang);
            switch (formaat) {
                case MOTIES_CSV -> InstrumentCsvLezer.lees(bron, InstrumentCsvLezer.Formaat.MOTIES, verwerker);
                case VRAGEN_CSV -> InstrumentCsvLezer.lees(bron, InstrumentCsvLezer.Formaat.VRAGEN, verwerker);
                case OPENBESLUITVORMING_NDJSON -> OpenBesluitvormingLezer.lees(bron, verwerker);
            }
            return verwerker.einde();
        }
    }
}
