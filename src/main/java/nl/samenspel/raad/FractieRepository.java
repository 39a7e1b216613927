package nl.samenspel.raad;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface FractieRepository extends ListCrudRepository<Fractie, Long> {

    List<Fractie> findByGemeenteIdOrderByVanafAscIdAsc(Long gemeenteId);
}
