package id.gerbang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Gerbang: the population-data access gateway between a civil registry (Disdukcapil) and the
 * agencies it serves. Each top-level package below this one is an application module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GerbangApplication {

    public static void main(String[] args) {
        SpringApplication.run(GerbangApplication.class, args);
    }
}
