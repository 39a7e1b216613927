package nl.samenspel.goedegesprek;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/** One round of het goede gesprek in a gemeente. */
record Gesprek(@Id Long id, Long gemeenteId, String titel, LocalDate datum, Samenstelling samenstelling,
        Zichtbaarheid zichtbaarheid, Gespreksstatus status, int vragenlijstVersie, Long normensetId) {

    Gesprek metStatus(Gespreksstatus nieuw, Long normenset) {
        return new Gesprek(id, gemeenteId, titel, datum, samenstelling, zichtbaarheid, nieuw, vragenlijstVersie, normenset);
    }

    public boolean isAnoniem() {
        return zichtbaarheid == Zichtbaarheid.ANONIEM;
    }
}
