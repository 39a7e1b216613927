package nl.samenspel.rapportage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class RapportExportTests {

    private final RapportExport export = new RapportExport(engine());

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private final Tabel tabel = new Tabel("Antwoorden: item 1/2 [ruw]", List.of("Deelnemer", "Item", "Antwoord", "Datum", "Voorbeeld"),
            List.of(Arrays.asList("Raad", 1, 2, LocalDate.of(2026, 3, 1), "=HYPERLINK(\"http://x\")"),
                    Arrays.asList("College", 19, 4.5, null, "gewoon; met puntkomma")));

    @Test
    void aPdfIsTaggedEmbedsItsFontAndCarriesTheTextWithAccents() throws Exception {
        byte[] pdf = export.pdf("rapportage/proef", Map.of("titel", "Resultaten Voorbeeldstad", "rijen", List.of("altijd", "nooit")),
                Locale.forLanguageTag("nl"));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(document);
            assertThat(tekst).contains("Resultaten Voorbeeldstad", "Één figuur", "ë ï é ü", "€", "altijd", "nooit");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Resultaten Voorbeeldstad");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
            document.getPage(0).getResources().getFontNames().forEach(naam -> {
                try {
                    assertThat(document.getPage(0).getResources().getFont(naam).isEmbedded()).isTrue();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void csvIsSemicolonSeparatedWithBomAndNeutralisesFormulas() {
        StringWriter uit = new StringWriter();
        export.csv(tabel, uit);
        String[] regels = uit.toString().split("\r\n");
        assertThat(regels[0]).isEqualTo("\uFEFFDeelnemer;Item;Antwoord;Datum;Voorbeeld");
        assertThat(regels[1]).isEqualTo("Raad;1;2;2026-03-01;\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(regels[2]).isEqualTo("College;19;4.5;;\"gewoon; met puntkomma\"");
    }

    @Test
    void xlsxHasOneSafelyNamedSheetPerTableWithNumbersAsNumbersAndTextNeverAsFormula() throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        export.xlsx(List.of(tabel, tabel), uit);
        try (XSSFWorkbook boek = new XSSFWorkbook(new ByteArrayInputStream(uit.toByteArray()))) {
            assertThat(boek.getNumberOfSheets()).isEqualTo(2);
            Sheet blad = boek.getSheetAt(0);
            assertThat(blad.getSheetName()).hasSizeLessThanOrEqualTo(31).doesNotContain("/", "[", "]", ":");
            assertThat(boek.getSheetAt(1).getSheetName()).isNotEqualTo(blad.getSheetName());
            assertThat(blad.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Antwoord");
            assertThat(blad.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(blad.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(4.5);
            assertThat(blad.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(blad.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void sheetNamesStayUniqueEvenWhenTruncated() {
        Set<String> gebruikt = new HashSet<>();
        String lang = "Een heel lange titel die langer is dan eenendertig tekens";
        String eerste = XlsxSchrijver.uniekeNaam(lang, gebruikt);
        String tweede = XlsxSchrijver.uniekeNaam(lang, gebruikt);
        assertThat(eerste).hasSize(31);
        assertThat(tweede).hasSizeLessThanOrEqualTo(31).endsWith("(2)").isNotEqualTo(eerste);
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> new Tabel("t", List.of("a", "b"), List.of(List.of("x"))))
                .hasMessageContaining("Rij 1").hasMessageContaining("2 kolommen");
    }
}
