package nl.samenspel.enquete;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MetingRepository extends ListCrudRepository<Meting, Long> {

    List<Meting> findByGemeenteIdOrderByStartdatumDesc(Long gemeenteId);

    Optional<Meting> findByIdAndGemeenteId(Long id, Long gemeenteId);
}
