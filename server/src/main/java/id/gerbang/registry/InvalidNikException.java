package id.gerbang.registry;

import id.gerbang.common.GerbangException;

/**
 * A text that breaks a hard NIK rule. The message and args never contain the NIK itself, only the
 * offending part's position, length or two digits.
 */
public class InvalidNikException extends GerbangException {

    private final NikProblem problem;

    public InvalidNikException(NikProblem problem, Object... args) {
        super(problem, args);
        this.problem = problem;
    }

    public NikProblem problem() {
        return problem;
    }
}
