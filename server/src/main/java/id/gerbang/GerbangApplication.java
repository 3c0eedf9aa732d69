package id.gerbang;

import java.util.Arrays;
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
        if (isCommand(args)) {
            // A command (generate, import, help) runs and exits with its code, listening on no port.
            // The servlet context stays (port -1) because the web-security configuration needs it.
            application.setBannerMode(Banner.Mode.OFF);
            application.setLogStartupInfo(false);
            String[] commandArgs = Arrays.copyOf(args, args.length + 1);
            commandArgs[args.length] = "--server.port=-1";
            System.exit(SpringApplication.exit(application.run(commandArgs)));
        }
        application.run(args);
    }

    /** A plain (non-option) argument names a command; options alone start the server. */
    static boolean isCommand(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> !arg.startsWith("-"));
    }
}
