package nl.samenspel.shared;

import java.util.List;

/** An import with at least one bad row: nothing was saved, every problem is listed. */
public class ImportAfgekeurdException extends RuntimeException {

    private final List<ImportFout> fouten;

    public ImportAfgekeurdException(List<ImportFout> fouten) {
        super("Import afgekeurd: %d fout(en); er is niets opgeslagen.".formatted(fouten.size()));
        this.fouten = List.copyOf(fouten);
    }

    public List<ImportFout> fouten() {
        return fouten;
    }
}
