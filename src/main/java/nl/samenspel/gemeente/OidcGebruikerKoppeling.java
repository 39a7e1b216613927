package nl.samenspel.gemeente;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Maps an OIDC login to an existing, active Samenspel account by one claim (default
 * preferred_username). There is no self-registration: a beheerder creates the account first.
 */
@Component
class OidcGebruikerKoppeling implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> aanbieder;
    private final GebruikerRepository gebruikers;
    private final String claim;

    @org.springframework.beans.factory.annotation.Autowired
    OidcGebruikerKoppeling(GebruikerRepository gebruikers,
            @Value("${samenspel.oidc.gebruikersnaam-claim:preferred_username}") String claim) {
        this(new OidcUserService(), gebruikers, claim);
    }

    OidcGebruikerKoppeling(OAuth2UserService<OidcUserRequest, OidcUser> aanbieder, GebruikerRepository gebruikers,
            String claim) {
        this.aanbieder = aanbieder;
        this.gebruikers = gebruikers;
        this.claim = claim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = aanbieder.loadUser(request);
        return koppel(oidcUser);
    }

    OidcUser koppel(OidcUser oidcUser) {
        String waarde = oidcUser.getClaimAsString(claim);
        return gebruikers.findByGebruikersnaam(Gebruikersnaam.normaliseer(waarde))
                .filter(Gebruiker::actief)
                .map(gebruiker -> (OidcUser) new SamenspelOidcUser(oidcUser, gebruiker.alsSessiegebruiker()))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("geen_account",
                        "Er is geen actief Samenspel-account voor deze inlog; vraag de beheerder van uw gemeente.", null)));
    }
}
