package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Where a partij still occurs in the register; a partij in use cannot be removed, and the message says where. */
record Partijgebruik(List<LocalDate> verkiezingen, int fracties, List<String> coalities, int instrumenten) {

    boolean inGebruik() {
        return !verkiezingen.isEmpty() || fracties > 0 || !coalities.isEmpty() || instrumenten > 0;
    }

    /** One line for the refusal and one per kind of use, for the error summary. */
    void meld(Veldcontrole v, String partij) {
        v.algemeen("raad.fout.partij.in-gebruik", partij);
        if (!verkiezingen.isEmpty()) {
            v.algemeen("raad.fout.partij.gebruik.verkiezingen", verkiezingen.size(),
                    verkiezingen.stream().map(Veldcontrole.DAG::format).collect(Collectors.joining(", ")));
        }
        if (fracties > 0) {
            v.algemeen("raad.fout.partij.gebruik.fracties", fracties);
        }
        if (!coalities.isEmpty()) {
            v.algemeen("raad.fout.partij.gebruik.coalities", coalities.size(), String.join(", ", coalities));
        }
        if (instrumenten > 0) {
            v.algemeen("raad.fout.partij.gebruik.instrumenten", instrumenten);
        }
    }
}
