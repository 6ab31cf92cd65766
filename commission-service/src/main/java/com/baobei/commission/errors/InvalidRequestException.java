package com.baobei.commission.errors;

import com.baobei.commission.agreement.Problem;
import java.util.List;

/** A request whose fields are wrong; each problem names its field. */
public class InvalidRequestException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidRequestException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
