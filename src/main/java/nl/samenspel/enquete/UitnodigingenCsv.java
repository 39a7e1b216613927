package nl.samenspel.enquete;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Invitations for a mail merge: code;link;afdeling, semicolon-separated as Dutch Excel expects. */
final class UitnodigingenCsv {

    private UitnodigingenCsv() {
    }

    static void schrijf(List<MetingService.Uitnodiging> uitnodigingen, String basisUrl, Writer uit) throws IOException {
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader("code", "link", "afdeling").get();
        try (CSVPrinter printer = new CSVPrinter(uit, formaat)) {
            for (MetingService.Uitnodiging uitnodiging : uitnodigingen) {
                printer.printRecord(uitnodiging.code(), basisUrl + uitnodiging.code(), uitnodiging.afdeling());
            }
        }
    }
}
