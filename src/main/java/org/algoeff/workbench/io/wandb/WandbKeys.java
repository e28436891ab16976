// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.wandb;

import java.util.HashSet;
import java.util.Set;

/**
 * Which W&amp;B keys are the SDK's bookkeeping rather than the user's metrics, for every W&amp;B reader (history
 * JSONL, summary, API export, {@code .wandb}): keys whose first segment starts with '_' ({@code _runtime},
 * {@code _timestamp}, {@code _step}, {@code _wandb/runtime} ...; W&amp;B reserves the prefix) and the fields of
 * logged media ({@code <key>/size}, {@code <key>/width}, {@code <key>/sha256} of an object whose
 * {@code <key>/_type} says what it is: image-file, table-file, histogram ...). Readers hide them unless asked to
 * show them ({@code --wandb-internal}); {@code _step} and {@code _timestamp} stay the axis and wall time either way.
 * Not thread-safe: one per file read.
 */
public final class WandbKeys {
    /** The key W&amp;B media objects carry their kind in. */
    public static final String TYPE_FIELD = "_type";

    private final boolean showInternal;
    private final Set<String> mediaPrefixes = new HashSet<>();

    /** @param showInternal whether bookkeeping keys are shown as series after all */
    public WandbKeys(boolean showInternal) {
        this.showInternal = showInternal;
    }

    /** Notes a text leaf of a flattened object: a {@code <key>/_type} marks {@code <key>} as a media object. */
    public void sawText(String key) {
        if (key.endsWith("/" + TYPE_FIELD)) {
            mediaPrefixes.add(key.substring(0, key.length() - TYPE_FIELD.length()));
        }
    }

    /** Whether {@code key} is bookkeeping by name alone. */
    public static boolean isBookkeeping(String key) {
        return key.startsWith("_");
    }

    /** Whether the series of {@code key} is kept. */
    public boolean keep(String key) {
        if (showInternal) {
            return true;
        }
        if (isBookkeeping(key)) {
            return false;
        }
        for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
            if (mediaPrefixes.contains(key.substring(0, slash + 1))) {
                return false;
            }
        }
        return true;
    }
}
