package nl.samenspel.shared;

/**
 * One rejected cell or row of an import. {@code rij} counts lines of the file as a spreadsheet
 * shows them (the header is row 1); {@code kolom} is the column name from the header, or null
 * when the whole row is wrong.
 */
public record ImportFout(int rij, String kolom, String melding) {

    /** The Dutch sentence shown to the user, naming row and column. */
    public String beschrijving() {
        return kolom == null
                ? "Rij %d: %s".formatted(rij, melding)
                : "Rij %d, kolom '%s': %s".formatted(rij, kolom, melding);
    }
}
