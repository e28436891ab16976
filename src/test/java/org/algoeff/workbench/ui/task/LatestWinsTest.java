// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.ui.FxTestSupport;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.algoeff.workbench.ui.FxTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatestWinsTest {
    @Test
    void onlyTheNewestRequestIsAppliedAndTheOlderOneIsCancelled() throws Exception {
        try (BackgroundRunner runner = new BackgroundRunner(2)) {
            LatestWins latest = onFx(() -> new LatestWins(runner, 0));
            List<String> applied = new CopyOnWriteArrayList<>();
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean firstSawCancel = new AtomicBoolean();
            onFx(() -> latest.submit("slow", (p, cancel) -> {
                release.await(10, TimeUnit.SECONDS);
                firstSawCancel.set(cancel.isCancelled());
                cancel.throwIfCancelled();
                return "first";
            }, applied::add, e -> applied.add("error")));
            onFx(() -> latest.submit("fast", (p, cancel) -> "second", applied::add, e -> applied.add("error")));
            waitFor("second result", () -> applied.contains("second"));
            release.countDown();
            Thread.sleep(200);
            waitFor("idle", () -> !latest.busyProperty().get());
            assertEquals(List.of("second"), applied);
            assertTrue(firstSawCancel.get(), "the stale job's token was cancelled");
        }
    }

    @Test
    void debounceCoalescesABurstIntoOneRun() throws Exception {
        try (BackgroundRunner runner = new BackgroundRunner(1)) {
            LatestWins latest = onFx(() -> new LatestWins(runner, 150));
            List<Integer> ran = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 5; i++) {
                int n = i;
                onFx(() -> latest.submit("burst", (p, c) -> {
                    ran.add(n);
                    return n;
                }, r -> { }, e -> { }));
            }
            waitFor("burst done", () -> !latest.busyProperty().get());
            assertEquals(List.of(4), ran, "only the last of a quick burst runs");
        }
    }

    @Test
    void submitOffTheFxThreadFails() throws Exception {
        FxTestSupport.startFx();
        LatestWins latest = onFx(() -> new LatestWins(new SyncRunner(), 0));
        assertThrows(IllegalStateException.class, () -> latest.submit("x", (p, c) -> 1, r -> { }, e -> { }));
    }
}
