package id.gerbang;

import id.gerbang.common.CommandLine;
import java.util.Optional;
import org.springframework.boot.Banner;
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
        SpringApplication application = new SpringApplication(GerbangApplication.class);
        Optional<String> command = CommandLine.commandName(args);
        if (command.isPresent()) {
            // A command (generate, import, verify, help, ...) runs and exits with its code,
            // listening on no port: see common.CommandLine.
            CommandLine.prepare(command.get());
            application.setBannerMode(Banner.Mode.OFF);
            application.setLogStartupInfo(false);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
