package nl.samenspel.goedegesprek;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface GesprekActieRepository extends ListCrudRepository<GesprekActie, Long> {

    List<GesprekActie> findByGesprekIdOrderById(Long gesprekId);

    boolean existsByGesprekIdAndInstrument(Long gesprekId, String instrument);
}
