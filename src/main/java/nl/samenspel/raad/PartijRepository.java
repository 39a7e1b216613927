package nl.samenspel.raad;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PartijRepository extends ListCrudRepository<Partij, Long> {

    List<Partij> findByGemeenteIdOrderByNaam(Long gemeenteId);

    Optional<Partij> findByIdAndGemeenteId(Long id, Long gemeenteId);

    Optional<Partij> findByGemeenteIdAndNaam(Long gemeenteId, String naam);
}
