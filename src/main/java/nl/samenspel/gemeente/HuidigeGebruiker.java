package nl.samenspel.gemeente;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, if any. */
public final class HuidigeGebruiker {

    private HuidigeGebruiker() {
    }

    public static Optional<Sessiegebruiker> uit(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof HeeftSessiegebruiker principal) {
            return Optional.of(principal.sessiegebruiker());
        }
        return Optional.empty();
    }

    public static Optional<Sessiegebruiker> nu() {
        return uit(SecurityContextHolder.getContext().getAuthentication());
    }
}
