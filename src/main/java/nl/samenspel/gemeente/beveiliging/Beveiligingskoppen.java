package nl.samenspel.gemeente.beveiliging;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Response headers for every response: a strict Content-Security-Policy (no inline script or
 * style), no framing, nosniff, no referrer, HSTS on https. Only the third-party Swagger UI
 * needs inline styles, so it gets its own, slightly looser policy.
 */
final class Beveiligingskoppen {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    static final String CSP_SWAGGER = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private Beveiligingskoppen() {
    }

    static void toepassen(HttpSecurity http) throws Exception {
        var swagger = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        http.headers(koppen -> koppen
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(nosniff -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                        new StaticHeadersWriter("Content-Security-Policy", CSP)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
                        new StaticHeadersWriter("Content-Security-Policy", CSP_SWAGGER))));
    }
}
