package nl.samenspel.shared;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests can fix time. */
@Configuration(proxyBeanMethods = false)
class KlokConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock klok() {
        return Clock.systemUTC();
    }
}
