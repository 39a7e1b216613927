package nl.samenspel.goedegesprek;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface DeelnameRepository extends ListCrudRepository<Deelname, Long> {

    List<Deelname> findByGesprekIdOrderById(Long gesprekId);

    Optional<Deelname> findByGesprekIdAndGebruikerId(Long gesprekId, Long gebruikerId);

    Optional<Deelname> findByCodeHash(String codeHash);
}
