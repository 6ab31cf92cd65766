package com.baobei.commission.errors;

import com.baobei.commission.agreement.Problem;
import java.util.List;

/**
 * A well-formed request the service cannot carry out as asked (422), each problem naming its field: an idempotency key
 * reused for other facts, a full phone number in text (ID-4), a period that has not ended, a statement whose sums leave
 * the range its columns and the contracts can hold.
 */
public class UnprocessableException extends RuntimeException {

    private final List<Problem> problems;

    public UnprocessableException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public UnprocessableException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
