// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

/**
 * Child-JVM probe for {@code LazyNd4jLoadingTest}: opens the real window headless (Monocle), opens the Reruns tab,
 * prints what it saw and exits, so the parent can check that no ND4J class was loaded on the way.
 */
public final class WindowLazyProbe {
    private WindowLazyProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                WorkbenchWindow w = TestWindows.open(stage, new BackgroundRunner(1), new FakeDialogs());
                stage.show();
                w.view().selectTab(3);
                // The calibrated target is read in the background: report once it has arrived.
                Runnable report = () -> {
                    System.out.println("probe: window open, tab " + w.view().tabs().getSelectionModel()
                            .getSelectedItem().getText() + ", recipes " + w.viewModel().reruns().recipes().size()
                            + ", target " + w.viewModel().reruns().targetProperty().get() + ", panel "
                            + (w.view().rerunsView() != null));
                    done.countDown();
                };
                if (w.viewModel().reruns().targetProperty().get().isEmpty()) {
                    w.viewModel().reruns().targetProperty().addListener((obs, was, now) -> report.run());
                } else {
                    report.run();
                }
            } catch (RuntimeException e) {
                System.out.println("probe: window failed: " + e);
                done.countDown();
            }
        });
        System.out.println(done.await(60, TimeUnit.SECONDS) ? "probe: done" : "probe: timed out");
        Platform.exit();
        System.exit(0);
    }
}
