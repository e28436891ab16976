// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.util.List;
import java.util.Objects;

/**
 * What a reader returns: the valid part of the input and everything that was wrong with the rest.
 * Bad input is data, not an exception: a reader keeps every valid record it can.
 *
 * @param value    the valid data (may be empty, never null)
 * @param problems what was wrong, in the order found
 */
public record ParseResult<T>(T value, List<Problem> problems) {
    public ParseResult {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
    }

    public static <T> ParseResult<T> of(T value) {
        return new ParseResult<>(value, List.of());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
