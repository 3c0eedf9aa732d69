package id.gerbang.registry;

import id.gerbang.common.GerbangException;

/** A text that breaks a hard No. KK rule; never carries the number itself. */
public class InvalidNoKkException extends GerbangException {

    private final NoKkProblem problem;

    public InvalidNoKkException(NoKkProblem problem, Object... args) {
        super(problem, args);
        this.problem = problem;
    }

    public NoKkProblem problem() {
        return problem;
    }
}
