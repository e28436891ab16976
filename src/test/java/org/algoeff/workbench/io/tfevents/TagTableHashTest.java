// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R3: crafted tags that share length and first/last 8 bytes must not collide in the tag table. */
class TagTableHashTest {
    private static byte[] crafted(int i) {
        return String.format(Locale.ROOT, "a/XXXXXXXX%08dXXXXXXXX", i).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void craftedTagsSpreadOverTheTable() {
        Set<Integer> buckets = new HashSet<>();
        int tags = 4096;
        for (int i = 0; i < tags; i++) {
            byte[] tag = crafted(i);
            buckets.add(TagTable.hash(tag, 0, tag.length) & (8192 - 1));
        }
        // A uniform hash fills about 8192 * (1 - e^-0.5) = 3223 of 8192 buckets with 4096 keys.
        assertTrue(buckets.size() > 3000, buckets.size() + " buckets for " + tags + " tags");
    }

    @Test
    void theTableFindsEveryCraftedTag() {
        TagTable table = new TagTable();
        for (int i = 0; i < 3000; i++) {
            byte[] tag = crafted(i);
            table.add(tag, 0, tag.length);
        }
        for (int i = 0; i < 3000; i++) {
            byte[] tag = crafted(i);
            assertEquals(new String(tag, StandardCharsets.UTF_8), table.find(tag, 0, tag.length).tag);
        }
        byte[] other = crafted(3000);
        assertEquals(null, table.find(other, 0, other.length));
    }
}
