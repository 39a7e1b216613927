package nl.samenspel.gemeente;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The form-login principal. The password hash is erased after authentication. */
final class SamenspelUserDetails implements UserDetails, CredentialsContainer, HeeftSessiegebruiker {

    private final Sessiegebruiker sessiegebruiker;
    private final boolean actief;
    private String wachtwoordHash;

    SamenspelUserDetails(Gebruiker gebruiker) {
        this.sessiegebruiker = gebruiker.alsSessiegebruiker();
        this.actief = gebruiker.actief();
        this.wachtwoordHash = gebruiker.wachtwoordHash();
    }

    static List<GrantedAuthority> autoriteiten(Sessiegebruiker gebruiker) {
        List<GrantedAuthority> autoriteiten = new ArrayList<>();
        gebruiker.rollen().forEach(rol -> autoriteiten.add(new SimpleGrantedAuthority(rol.authority())));
        if (gebruiker.platformbeheerder()) {
            autoriteiten.add(new SimpleGrantedAuthority("ROLE_PLATFORMBEHEERDER"));
        }
        return autoriteiten;
    }

    @Override
    public Sessiegebruiker sessiegebruiker() {
        return sessiegebruiker;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return autoriteiten(sessiegebruiker);
    }

    @Override
    public String getPassword() {
        return wachtwoordHash;
    }

    @Override
    public String getUsername() {
        return sessiegebruiker.gebruikersnaam();
    }

    @Override
    public boolean isEnabled() {
        return actief && wachtwoordHash != null;
    }

    @Override
    public void eraseCredentials() {
        wachtwoordHash = null;
    }
}
