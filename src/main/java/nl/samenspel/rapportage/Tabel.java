package nl.samenspel.rapportage;

import java.util.List;

/**
 * A table to export: a title (the sheet name in XLSX), column headings and rows. Cells are
 * strings, numbers (written as numbers in XLSX), dates or null (an empty cell).
 */
public record Tabel(String titel, List<String> kolommen, List<List<Object>> rijen) {

    public Tabel {
        kolommen = List.copyOf(kolommen);
        rijen = List.copyOf(rijen);
        for (int i = 0; i < rijen.size(); i++) {
            if (rijen.get(i).size() != kolommen.size()) {
                throw new IllegalArgumentException("Rij " + (i + 1) + " van tabel '" + titel + "' heeft " + rijen.get(i).size()
                        + " cellen, de tabel heeft " + kolommen.size() + " kolommen.");
            }
        }
    }
}
