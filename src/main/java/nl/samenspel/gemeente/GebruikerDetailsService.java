package nl.samenspel.gemeente;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class GebruikerDetailsService implements UserDetailsService {

    private final GebruikerRepository gebruikers;

    GebruikerDetailsService(GebruikerRepository gebruikers) {
        this.gebruikers = gebruikers;
    }

    @Override
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        return gebruikers.findByGebruikersnaam(Gebruikersnaam.normaliseer(gebruikersnaam))
                .map(SamenspelUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker"));
    }
}
