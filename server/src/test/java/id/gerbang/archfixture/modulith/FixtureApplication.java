package id.gerbang.archfixture.modulith;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny application whose module {@code beta} reaches into {@code alpha.internal}. */
@SpringBootApplication
public class FixtureApplication {
}
