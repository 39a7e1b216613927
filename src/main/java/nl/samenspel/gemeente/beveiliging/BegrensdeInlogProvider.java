package nl.samenspel.gemeente.beveiliging;

import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Wraps the password check with {@link Inlogbegrenzing}, per account and per address. */
class BegrensdeInlogProvider implements AuthenticationProvider {

    private final AuthenticationProvider wachtwoordcontrole;
    private final InlogPogingen pogingen;
    private final Inlogbegrenzing perAccount;
    private final Inlogbegrenzing perAdres;

    BegrensdeInlogProvider(AuthenticationProvider wachtwoordcontrole, InlogPogingen pogingen,
            Inlogbegrenzing perAccount, Inlogbegrenzing perAdres) {
        this.wachtwoordcontrole = wachtwoordcontrole;
        this.pogingen = pogingen;
        this.perAccount = perAccount;
        this.perAdres = perAdres;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = InlogPogingen.sleutel("gebruiker", authentication.getName().strip().toLowerCase(Locale.ROOT));
        String adres = InlogPogingen.sleutel("adres", adres(authentication));
        var nu = pogingen.nu();
        if (perAccount.isGeblokkeerd(pogingen.stand(account).orElse(null), nu)
                || perAdres.isGeblokkeerd(pogingen.stand(adres).orElse(null), nu)) {
            throw new InlogGeblokkeerdException();
        }
        try {
            Authentication resultaat = wachtwoordcontrole.authenticate(authentication);
            pogingen.wis(account);
            return resultaat;
        } catch (BadCredentialsException e) {
            pogingen.bewaar(account, perAccount.naMislukking(pogingen.stand(account).orElse(null), nu));
            pogingen.bewaar(adres, perAdres.naMislukking(pogingen.stand(adres).orElse(null), nu));
            throw e;
        }
    }

    private static String adres(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "onbekend";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
