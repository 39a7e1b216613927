package nl.samenspel.rapportage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Dutch spreadsheets open it: semicolon separated, UTF-8 with a byte order mark so
 * Excel reads the accents, a header row, formulas neutralised.
 */
final class CsvSchrijver {

    private static final CSVFormat FORMAAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private CsvSchrijver() {
    }

    static void schrijf(Tabel tabel, Writer uit) {
        try {
            uit.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(uit, FORMAAT);
            printer.printRecord(tabel.kolommen().stream().map(Celtekst::onschadelijk).toList());
            for (List<Object> rij : tabel.rijen()) {
                List<String> cellen = new ArrayList<>(rij.size());
                rij.forEach(cel -> cellen.add(Celtekst.van(cel)));
                printer.printRecord(cellen);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
