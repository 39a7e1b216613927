package nl.samenspel.raad;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ReferentiewaardeRepository extends ListCrudRepository<Referentiewaarde, Long> {

    List<Referentiewaarde> findByGemeenteIdOrderByIndicatorAscGemeentegrootteAsc(Long gemeenteId);

    Optional<Referentiewaarde> findByIdAndGemeenteId(Long id, Long gemeenteId);
}
