// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import java.util.List;
import java.util.Locale;

/** Whether a metric reaches its target from below ({@code >=}, accuracy) or from above ({@code <=}, loss). */
public enum TargetDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** Words in a tag that mark a lower-is-better metric. */
    static final List<String> LOWER_IS_BETTER_WORDS = List.of("loss", "error", "perplexity", "ppl", "wer", "cer",
            "mse", "mae", "rmse");

    /** Infers the direction from the tag name: loss, error, perplexity, WER and the like are lower-is-better. */
    public static TargetDirection infer(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        for (String word : LOWER_IS_BETTER_WORDS) {
            if (t.contains(word)) {
                return LOWER_IS_BETTER;
            }
        }
        return HIGHER_IS_BETTER;
    }

    /** Whether the value meets the target in this direction. */
    public boolean reached(double value, double target) {
        return this == HIGHER_IS_BETTER ? value >= target : value <= target;
    }

    /** "&gt;=" or "&lt;=". */
    public String operator() {
        return this == HIGHER_IS_BETTER ? ">=" : "<=";
    }
}
