package nl.samenspel.gemeente.beveiliging;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Three filter chains. Anonymous survey submissions have a minimal one; the rest of the API (/api/**) is
 * stateless with HTTP Basic and answers problem+json; the pages use form login (or OIDC when configured)
 * with sessions and CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class BeveiligingConfig {

    static final String[] OPENBARE_PADEN = {"/inloggen", "/error", "/css/**", "/vendor/**", "/js/**", "/img/**",
        "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
        "/swagger-ui.html", "/swagger-ui/**", "/deelnemen/**", "/enquete/invullen", "/enquete/invullen/**", "/enquete/bedankt"};

    @Bean
    PasswordEncoder wachtwoordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService gebruikers, PasswordEncoder encoder, InlogPogingen pogingen) {
        DaoAuthenticationProvider wachtwoordcontrole = new DaoAuthenticationProvider(gebruikers);
        wachtwoordcontrole.setPasswordEncoder(encoder);
        var perAccount = new Inlogbegrenzing(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
        var perAdres = new Inlogbegrenzing(50, Duration.ofMinutes(15), Duration.ofMinutes(15));
        return new ProviderManager(new BegrensdeInlogProvider(wachtwoordcontrole, pogingen, perAccount, perAdres));
    }

    /**
     * Spring Security would otherwise wrap every filter of every chain in an observation, even with its
     * observations switched off (management.observations.enable.spring.security=false only drops them later).
     */
    @Bean
    SecurityObservationSettings geenBeveiligingsobservaties() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Anonymous survey submissions are the one path under heavy load (up to a thousand a second while a meting
     * is open). They carry no credentials and no cookie, so they need no authentication, session, logout or
     * request cache: only the security headers. Everything else under /api keeps the full chain below.
     */
    @Bean
    @Order(0)
    SecurityFilterChain inzendingen(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/responsen"))
                .authorizeHttpRequests(regels -> regels.anyRequest().permitAll())
                .sessionManagement(sessies -> sessies.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(uitloggen -> uitloggen.disable());
        Beveiligingskoppen.toepassen(http);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(regels -> regels
                        .requestMatchers(HttpMethod.GET, "/api/v1/vragenlijsten/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/responsen").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/gemeenten").hasRole("PLATFORMBEHEERDER")
                        .requestMatchers("/api/v1/gebruikers/**").hasRole("BEHEERDER")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(this::nietIngelogd))
                .sessionManagement(sessies -> sessies.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless and no cookie is ever read here, so there is nothing for CSRF to ride on.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(fouten -> fouten
                        .authenticationEntryPoint(this::nietIngelogd)
                        .accessDeniedHandler((request, response, e) -> ProbleemAntwoord.schrijf(response, 403,
                                "Geen toegang", "U heeft geen rol die deze handeling toestaat.")));
        Beveiligingskoppen.toepassen(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain paginas(HttpSecurity http, AuthenticationManager authenticationManager,
            ObjectProvider<ClientRegistrationRepository> oidcAanbieders,
            OAuth2UserService<OidcUserRequest, OidcUser> oidcKoppeling) throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(regels -> regels
                        .requestMatchers(OPENBARE_PADEN).permitAll()
                        .requestMatchers(HttpMethod.POST, "/taal").permitAll()
                        .requestMatchers("/platform/**").hasRole("PLATFORMBEHEERDER")
                        .requestMatchers("/beheer/**").hasRole("BEHEERDER")
                        .requestMatchers("/gesprekken/**").hasAnyRole("BEHEERDER", "BURGEMEESTER", "GRIFFIER",
                                "GEMEENTESECRETARIS", "RAADSLID", "WETHOUDER")
                        .requestMatchers("/enquete/**").hasAnyRole("BEHEERDER", "BURGEMEESTER", "GRIFFIER",
                                "GEMEENTESECRETARIS", "MEDEWERKER", "BEGELEIDINGSCOMMISSIE")
                        .anyRequest().authenticated())
                .formLogin(formulier -> formulier
                        .loginPage("/inloggen")
                        .loginProcessingUrl("/inloggen")
                        .usernameParameter("gebruikersnaam")
                        .passwordParameter("wachtwoord")
                        .defaultSuccessUrl("/", true)
                        .failureHandler((request, response, e) -> new SimpleUrlAuthenticationFailureHandler(
                                e instanceof InlogGeblokkeerdException ? "/inloggen?geblokkeerd" : "/inloggen?fout")
                                .onAuthenticationFailure(request, response, e)))
                .logout(uitloggen -> uitloggen
                        .logoutUrl("/uitloggen")
                        .logoutSuccessUrl("/inloggen?uitgelogd")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(sessies -> sessies.sessionFixation(fixatie -> fixatie.changeSessionId()));
        if (oidcAanbieders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/inloggen")
                    .userInfoEndpoint(info -> info.oidcUserService(oidcKoppeling))
                    .failureUrl("/inloggen?oidcfout"));
        }
        Beveiligingskoppen.toepassen(http);
        return http.build();
    }

    private void nietIngelogd(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e) throws java.io.IOException {
        // Deliberately no WWW-Authenticate header: a browser must never cache Basic credentials for the API.
        String detail = e instanceof InlogGeblokkeerdException
                ? e.getMessage()
                : "Log in met een geldige gebruikersnaam en wachtwoord (HTTP Basic).";
        ProbleemAntwoord.schrijf(response, 401, "Niet ingelogd", detail);
    }
}
