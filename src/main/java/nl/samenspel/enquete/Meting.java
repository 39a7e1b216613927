package nl.samenspel.enquete;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * One round of the survey for a gemeente: which afdelingen (with headcount), which extra
 * questions, from when to when. Responses come in while it is open and the period runs; reports
 * appear once it is closed (by the beheerder, or because the end date has passed), so a report
 * never changes after someone has seen it.
 */
record Meting(@Id Long id, Long gemeenteId, String titel, LocalDate startdatum, LocalDate einddatum, Status status,
        int instrumentVersie, int uitnodigingenGemaakt, @Version Integer versie,
        @MappedCollection(idColumn = "meting_id") Set<MetingAfdeling> afdelingen,
        @MappedCollection(idColumn = "meting_id") Set<MetingVraag> extraVragen) {

    enum Status { VOORBEREIDING, OPEN, GESLOTEN }

    record MetingAfdeling(Long afdelingId, int medewerkers) {
    }

    record MetingVraag(String code, String tekst, Instrument.Polariteit polariteit) {

        Instrument.Vraag alsVraag() {
            return new Instrument.Vraag(code, Instrument.Indicator.EXTRA, polariteit, tekst, tekst);
        }
    }

    Meting {
        afdelingen = afdelingen == null ? new LinkedHashSet<>() : new LinkedHashSet<>(afdelingen);
        extraVragen = extraVragen == null ? new LinkedHashSet<>() : new LinkedHashSet<>(extraVragen);
    }

    /** OPEN past its end date counts as closed: no responses, no imports, reports visible. */
    public Status effectieveStatus(LocalDate vandaag) {
        return status == Status.OPEN && vandaag.isAfter(einddatum) ? Status.GESLOTEN : status;
    }

    boolean ontvangtResponsen(LocalDate vandaag) {
        return effectieveStatus(vandaag) == Status.OPEN && !vandaag.isBefore(startdatum);
    }

    boolean bevatAfdeling(Long afdelingId) {
        return afdelingen.stream().anyMatch(a -> a.afdelingId().equals(afdelingId));
    }

    public List<MetingVraag> extraVragenGesorteerd() {
        return extraVragen.stream().sorted(Comparator.comparingInt(v -> Integer.parseInt(v.code().substring(1)))).toList();
    }

    Instrument instrument() {
        return InstrumentLezer.standaard().metExtraVragen(extraVragenGesorteerd().stream().map(MetingVraag::alsVraag).toList());
    }

    Meting metStatus(Status nieuw) {
        return new Meting(id, gemeenteId, titel, startdatum, einddatum, nieuw, instrumentVersie, uitnodigingenGemaakt, versie,
                afdelingen, extraVragen);
    }

    Meting metUitnodigingen(int extra) {
        return new Meting(id, gemeenteId, titel, startdatum, einddatum, status, instrumentVersie, uitnodigingenGemaakt + extra, versie,
                afdelingen, extraVragen);
    }

    Meting metExtraVraag(String tekst, Instrument.Polariteit polariteit) {
        Set<MetingVraag> vragen = new LinkedHashSet<>(extraVragen);
        vragen.add(new MetingVraag("E" + (extraVragen.size() + 1), tekst, polariteit));
        return new Meting(id, gemeenteId, titel, startdatum, einddatum, status, instrumentVersie, uitnodigingenGemaakt, versie,
                afdelingen, vragen);
    }
}
