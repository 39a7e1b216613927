package nl.samenspel.goedegesprek;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface GesprekRepository extends ListCrudRepository<Gesprek, Long> {

    List<Gesprek> findByGemeenteIdOrderByDatumDesc(Long gemeenteId);

    Optional<Gesprek> findByIdAndGemeenteId(Long id, Long gemeenteId);
}
