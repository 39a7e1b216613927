package nl.samenspel.rapportage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet per table, headings bold and frozen, numbers as numbers. Streaming (SXSSF), so a large
 * export keeps only a window of rows in memory. Text cells are never formulas.
 */
final class XlsxSchrijver {

    private static final int RIJEN_IN_GEHEUGEN = 200;

    private XlsxSchrijver() {
    }

    static void schrijf(List<Tabel> bladen, OutputStream uit) {
        try (SXSSFWorkbook boek = new SXSSFWorkbook(RIJEN_IN_GEHEUGEN)) {
            CellStyle kop = boek.createCellStyle();
            Font vet = boek.createFont();
            vet.setBold(true);
            kop.setFont(vet);
            CellStyle datum = boek.createCellStyle();
            datum.setDataFormat(boek.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Set<String> namen = new HashSet<>();
            for (Tabel tabel : bladen) {
                Sheet blad = boek.createSheet(uniekeNaam(tabel.titel(), namen));
                Row kopRij = blad.createRow(0);
                for (int k = 0; k < tabel.kolommen().size(); k++) {
                    Cell cel = kopRij.createCell(k);
                    cel.setCellValue(tabel.kolommen().get(k));
                    cel.setCellStyle(kop);
                }
                blad.createFreezePane(0, 1);
                int r = 1;
                for (List<Object> rij : tabel.rijen()) {
                    Row regel = blad.createRow(r++);
                    for (int k = 0; k < rij.size(); k++) {
                        vul(regel.createCell(k), rij.get(k), datum);
                    }
                }
            }
            boek.write(uit);
            boek.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void vul(Cell cel, Object waarde, CellStyle datumstijl) {
        if (waarde == null) {
            cel.setBlank();
        } else if (waarde instanceof Number getal) {
            cel.setCellValue(getal.doubleValue());
        } else if (waarde instanceof LocalDate dag) {
            cel.setCellValue(dag);
            cel.setCellStyle(datumstijl);
        } else if (waarde instanceof Boolean waar) {
            cel.setCellValue(waar);
        } else {
            cel.setCellValue(waarde.toString());
        }
    }

    /** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique within the workbook. */
    static String uniekeNaam(String titel, Set<String> gebruikt) {
        String basis = WorkbookUtil.createSafeSheetName(titel == null || titel.isBlank() ? "Blad" : titel, '-');
        String naam = basis;
        for (int i = 2; !gebruikt.add(naam.toLowerCase()); i++) {
            String achtervoegsel = " (" + i + ")";
            naam = basis.substring(0, Math.min(basis.length(), 31 - achtervoegsel.length())) + achtervoegsel;
        }
        return naam;
    }
}
