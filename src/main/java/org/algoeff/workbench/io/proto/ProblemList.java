// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.proto;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Severity;

/**
 * Problems of one binary file, capped so that a corrupt file with a million bad records yields a
 * readable list: the first {@link #MAX_LISTED} are kept, the rest only counted. Not thread-safe.
 */
public final class ProblemList {
    /** At most this many problems are listed per file; the rest are summarised in one line. */
    public static final int MAX_LISTED = 50;

    private final String source;
    private final List<Problem> listed = new ArrayList<>();
    private long unlisted;
    private Severity worstUnlisted = Severity.WARNING;

    /** @param source the file as the user gave it; every problem names it */
    public ProblemList(String source) {
        this.source = source;
    }

    public void add(Severity severity, String where, String message) {
        if (listed.size() < MAX_LISTED) {
            listed.add(new Problem(source, where, severity, message));
        } else {
            unlisted++;
            if (severity == Severity.ERROR) {
                worstUnlisted = Severity.ERROR;
            }
        }
    }

    /** "record 12 (byte 3456)": how the binary readers say where a problem is. */
    public static String where(long recordIndex, long byteOffset) {
        return "record " + recordIndex + " (byte " + byteOffset + ")";
    }

    /** The listed problems plus, if any were left out, one line counting them. */
    public List<Problem> toList() {
        List<Problem> all = new ArrayList<>(listed);
        if (unlisted > 0) {
            all.add(new Problem(source, "", worstUnlisted, unlisted + " more problems like the above not listed"));
        }
        return all;
    }
}
