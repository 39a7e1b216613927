package nl.samenspel.gemeente;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface GemeenteRepository extends ListCrudRepository<Gemeente, Long> {

    Optional<Gemeente> findByCbsCode(String cbsCode);

    List<Gemeente> findAllByOrderByNaam();
}
