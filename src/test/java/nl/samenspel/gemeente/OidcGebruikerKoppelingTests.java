package nl.samenspel.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

class OidcGebruikerKoppelingTests {

    private final GebruikerRepository gebruikers = mock(GebruikerRepository.class);
    private final OidcGebruikerKoppeling koppeling = new OidcGebruikerKoppeling(request -> null, gebruikers, "preferred_username");

    private static OidcUser oidcGebruiker(String naam) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "abc-123", "preferred_username", naam));
        return new DefaultOidcUser(Set.of(), token);
    }

    private static Gebruiker account(boolean actief) {
        return new Gebruiker(7L, 1L, "g.griffioen", "Greet Griffioen", null, null, false, actief,
                Gebruiker.alsRollen(EnumSet.of(Rol.GRIFFIER)));
    }

    @Test
    void mapsTheClaimCaseInsensitivelyToTheLocalAccountWithItsRolesAndGemeente() {
        when(gebruikers.findByGebruikersnaam("g.griffioen")).thenReturn(Optional.of(account(true)));
        OidcUser resultaat = koppeling.koppel(oidcGebruiker("G.Griffioen"));
        Sessiegebruiker sessie = ((HeeftSessiegebruiker) resultaat).sessiegebruiker();
        assertThat(sessie.gemeenteId()).isEqualTo(1L);
        assertThat(sessie.rollen()).containsExactly(Rol.GRIFFIER);
        assertThat(resultaat.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_GRIFFIER");
        assertThat(resultaat.getName()).isEqualTo("g.griffioen");
    }

    @Test
    void refusesAnUnknownOrInactiveAccount() {
        when(gebruikers.findByGebruikersnaam("onbekend")).thenReturn(Optional.empty());
        when(gebruikers.findByGebruikersnaam("g.griffioen")).thenReturn(Optional.of(account(false)));
        assertThatThrownBy(() -> koppeling.koppel(oidcGebruiker("onbekend"))).isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> koppeling.koppel(oidcGebruiker("g.griffioen"))).isInstanceOf(OAuth2AuthenticationException.class);
    }
}
