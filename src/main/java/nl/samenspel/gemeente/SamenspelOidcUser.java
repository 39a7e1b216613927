package nl.samenspel.gemeente;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** An OIDC login mapped onto a local Samenspel account (roles stay managed in Samenspel). */
final class SamenspelOidcUser extends DefaultOidcUser implements HeeftSessiegebruiker {

    private final Sessiegebruiker sessiegebruiker;

    SamenspelOidcUser(OidcUser oidcUser, Sessiegebruiker sessiegebruiker) {
        super(SamenspelUserDetails.autoriteiten(sessiegebruiker), oidcUser.getIdToken(), oidcUser.getUserInfo());
        this.sessiegebruiker = sessiegebruiker;
    }

    @Override
    public Sessiegebruiker sessiegebruiker() {
        return sessiegebruiker;
    }

    @Override
    public String getName() {
        return sessiegebruiker.gebruikersnaam();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SamenspelOidcUser o && o.sessiegebruiker.equals(sessiegebruiker) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return sessiegebruiker.hashCode();
    }
}
