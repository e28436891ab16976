// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.dataset;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;

import org.algoeff.workbench.model.TrendDataset;

/**
 * Finds the date, value and label columns of a data-set CSV by header name. Headers are compared
 * normalised (lower case, runs of non-alphanumerics as one space), so "Publication date",
 * "publication_date" and "PUBLICATION-DATE" all match.
 */
final class ColumnResolver {
    private static final List<String> DATE_NAMES = List.of("date", "publication date", "published", "release date",
            "year", "publication year");
    /** Compute columns in order of preference; Epoch AI calls its column "Training compute (FLOP)". */
    private static final List<String> VALUE_NAMES = List.of("compute to target flop", "compute to target",
            "compute", "training compute flop", "training compute", "flop", "flops", "compute flop",
            "training flops", "value");
    private static final List<String> LABEL_NAMES = List.of("model", "system", "name", "label", "chip", "run");
    /** Words that mark a column as a note or a bound rather than the quantity itself. */
    private static final List<String> NOT_A_VALUE = List.of("notes", "note", "cost", "lower", "upper", "bound",
            "per", "finetune", "inference", "post training");

    private final List<String> normalised;

    ColumnResolver(List<String> headers) {
        this.normalised = headers.stream().map(ColumnResolver::normalise).toList();
    }

    static String normalise(String header) {
        return TrendDataset.normaliseHeader(header);
    }

    /** The column with exactly this header (normalised), if any. */
    OptionalInt named(String header) {
        return indexOf(normalise(header)::equals);
    }

    OptionalInt dateColumn() {
        OptionalInt exact = firstExact(DATE_NAMES);
        return exact.isPresent() ? exact : indexOf(h -> h.contains("date"));
    }

    OptionalInt valueColumn() {
        OptionalInt exact = firstExact(VALUE_NAMES);
        if (exact.isPresent()) {
            return exact;
        }
        OptionalInt flop = indexOf(h -> h.contains("flop") && isNotAModifier(h));
        return flop.isPresent() ? flop : indexOf(h -> h.contains("compute") && isNotAModifier(h));
    }

    OptionalInt labelColumn() {
        return firstExact(LABEL_NAMES);
    }

    private static boolean isNotAModifier(String header) {
        return NOT_A_VALUE.stream().noneMatch(word -> (" " + header + " ").contains(" " + word + " "));
    }

    private OptionalInt firstExact(List<String> names) {
        for (String name : names) {
            OptionalInt i = indexOf(name::equals);
            if (i.isPresent()) {
                return i;
            }
        }
        return OptionalInt.empty();
    }

    private OptionalInt indexOf(Predicate<String> test) {
        for (int i = 0; i < normalised.size(); i++) {
            if (test.test(normalised.get(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
