package nl.samenspel.raad;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface RaadsperiodeRepository extends ListCrudRepository<Raadsperiode, Long> {

    List<Raadsperiode> findByGemeenteIdOrderByBeginDatum(Long gemeenteId);

    Optional<Raadsperiode> findByIdAndGemeenteId(Long id, Long gemeenteId);
}
