package nl.samenspel.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale NEDERLANDS = Locale.forLanguageTag("nl");
    static final Locale ENGELS = Locale.ENGLISH;

    private final LayoutInterceptor layout;

    WebConfig(LayoutInterceptor layout) {
        this.layout = layout;
    }

    /** Dutch unless the user chose English with the language switch (a cookie, no account needed). */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("samenspel-taal");
        resolver.setDefaultLocale(NEDERLANDS);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(layout).excludePathPatterns("/api/**", "/vendor/**", "/css/**");
    }
}
