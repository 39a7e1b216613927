package nl.samenspel.goedegesprek;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface NormensetRepository extends ListCrudRepository<OpgeslagenNormenset, Long> {

    Optional<OpgeslagenNormenset> findFirstByGemeenteIdOrderByVersieDesc(Long gemeenteId);

    Optional<OpgeslagenNormenset> findByIdAndGemeenteId(Long id, Long gemeenteId);

    List<OpgeslagenNormenset> findByGemeenteIdOrderByVersieDesc(Long gemeenteId);
}
