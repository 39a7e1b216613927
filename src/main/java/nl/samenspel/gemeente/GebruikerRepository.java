package nl.samenspel.gemeente;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface GebruikerRepository extends ListCrudRepository<Gebruiker, Long> {

    Optional<Gebruiker> findByGebruikersnaam(String gebruikersnaam);

    List<Gebruiker> findByGemeenteIdOrderByNaam(Long gemeenteId);

    Optional<Gebruiker> findByIdAndGemeenteId(Long id, Long gemeenteId);

    boolean existsByGebruikersnaam(String gebruikersnaam);
}
