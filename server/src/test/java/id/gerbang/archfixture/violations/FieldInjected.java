package id.gerbang.archfixture.violations;

import org.springframework.beans.factory.annotation.Autowired;

/** Violates: constructor injection only; no standard streams; no java.util.logging. */
class FieldInjected {
    @Autowired
    Object dependency;

    private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("x");

    void shout() {
        System.out.println("no");
    }
}
