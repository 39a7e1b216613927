package nl.samenspel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Samenspel: one modular monolith, a package per feature (see docs/architecture.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SamenspelApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamenspelApplication.class, args);
    }
}
