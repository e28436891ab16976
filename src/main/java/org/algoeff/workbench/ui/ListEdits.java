// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui;

import java.util.HashSet;
import java.util.List;

import javafx.collections.ObservableList;

/**
 * Brings an observable list to new contents by removing and inserting items, never replacing it wholesale: a
 * ComboBox or ListView showing the list keeps its selected item when that item stays (after {@code setAll} it
 * clears the selection). Not a *Util by taste: the one operation JavaFX lists lack for this.
 */
public final class ListEdits {
    private ListEdits() {
    }

    /** Makes {@code list} equal to {@code wanted} (same items, same order), keeping the items both hold. */
    public static <T> void match(ObservableList<T> list, List<T> wanted) {
        if (list.equals(wanted)) {
            return;
        }
        HashSet<T> keep = new HashSet<>(wanted);
        list.removeIf(item -> !keep.contains(item));
        for (int i = 0; i < wanted.size(); i++) {
            T item = wanted.get(i);
            if (i < list.size() && item.equals(list.get(i))) {
                continue;
            }
            int at = list.indexOf(item);
            if (at > i) {
                list.remove(at);
            }
            list.add(i, item);
        }
        if (list.size() > wanted.size()) {
            list.remove(wanted.size(), list.size());
        }
    }
}
