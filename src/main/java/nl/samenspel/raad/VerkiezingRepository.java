package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface VerkiezingRepository extends ListCrudRepository<Verkiezing, Long> {

    List<Verkiezing> findByGemeenteIdOrderByDatum(Long gemeenteId);

    Optional<Verkiezing> findByIdAndGemeenteId(Long id, Long gemeenteId);

    Optional<Verkiezing> findByGemeenteIdAndDatum(Long gemeenteId, LocalDate datum);
}
