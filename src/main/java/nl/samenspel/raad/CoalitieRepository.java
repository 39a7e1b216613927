package nl.samenspel.raad;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CoalitieRepository extends ListCrudRepository<Coalitie, Long> {

    List<Coalitie> findByGemeenteIdOrderByBeginDatum(Long gemeenteId);

    Optional<Coalitie> findByIdAndGemeenteId(Long id, Long gemeenteId);
}
