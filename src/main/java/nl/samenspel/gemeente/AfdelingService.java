package nl.samenspel.gemeente;

import java.io.Reader;
import java.util.List;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Afdelingen of a gemeente. Every method takes the gemeente: nothing crosses tenants. */
@Service
public class AfdelingService {

    private final AfdelingRepository afdelingen;

    AfdelingService(AfdelingRepository afdelingen) {
        this.afdelingen = afdelingen;
    }

    public List<Afdeling> vanGemeente(Long gemeenteId) {
        return afdelingen.findByGemeenteIdOrderByNaam(gemeenteId);
    }

    public Afdeling afdeling(Long gemeenteId, Long id) {
        return afdelingen.findByIdAndGemeenteId(id, gemeenteId).orElseThrow(() -> new NietGevondenException("Afdeling"));
    }

    @Transactional
    public Afdeling voegToe(Long gemeenteId, AfdelingGegevens gegevens) {
        String code = gegevens.code().strip();
        afdelingen.findByGemeenteIdAndCode(gemeenteId, code).ifPresent(bestaand -> {
            throw new OngeldigVerzoekException("code",
                    "De code '%s' is al in gebruik voor afdeling %s.".formatted(code, bestaand.naam()));
        });
        return afdelingen.save(new Afdeling(null, gemeenteId, code, gegevens.naam().strip()));
    }

    @Transactional
    public Afdeling hernoem(Long gemeenteId, Long id, String naam) {
        return afdelingen.save(afdeling(gemeenteId, id).metNaam(naam.strip()));
    }

    @Transactional
    public void verwijder(Long gemeenteId, Long id) {
        Afdeling afdeling = afdeling(gemeenteId, id);
        try {
            afdelingen.delete(afdeling);
        } catch (DataIntegrityViolationException e) {
            throw new OngeldigVerzoekException(null,
                    "Afdeling %s is in gebruik (bijvoorbeeld in een meting) en kan niet worden verwijderd.".formatted(afdeling.naam()));
        }
    }

    /**
     * Adds new afdelingen and renames existing ones (matched on code). Either the whole file is
     * applied or, when a row is wrong, nothing is.
     */
    @Transactional
    public ImportResultaat importeer(Long gemeenteId, Reader csv) {
        List<AfdelingCsvLezer.Regel> regels = AfdelingCsvLezer.lees(csv);
        int toegevoegd = 0;
        int hernoemd = 0;
        for (AfdelingCsvLezer.Regel regel : regels) {
            var bestaand = afdelingen.findByGemeenteIdAndCode(gemeenteId, regel.code());
            if (bestaand.isEmpty()) {
                afdelingen.save(new Afdeling(null, gemeenteId, regel.code(), regel.naam()));
                toegevoegd++;
            } else if (!bestaand.get().naam().equals(regel.naam())) {
                afdelingen.save(bestaand.get().metNaam(regel.naam()));
                hernoemd++;
            }
        }
        return new ImportResultaat(regels.size(), toegevoegd, hernoemd);
    }

    public record ImportResultaat(int rijen, int toegevoegd, int hernoemd) {
    }
}
