package nl.samenspel.gemeente;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AfdelingRepository extends ListCrudRepository<Afdeling, Long> {

    List<Afdeling> findByGemeenteIdOrderByNaam(Long gemeenteId);

    Optional<Afdeling> findByIdAndGemeenteId(Long id, Long gemeenteId);

    Optional<Afdeling> findByGemeenteIdAndCode(Long gemeenteId, String code);
}
