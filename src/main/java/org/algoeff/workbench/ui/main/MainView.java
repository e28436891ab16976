// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.ui.chart.SpecChart;
import org.algoeff.workbench.ui.curves.CurveView;
import org.algoeff.workbench.ui.effective.EffectiveComputeView;
import org.algoeff.workbench.ui.load.SourcesView;
import org.algoeff.workbench.ui.rerun.RerunsView;
import org.algoeff.workbench.ui.runs.RunsView;
import org.algoeff.workbench.ui.task.TaskHandle;
import org.algoeff.workbench.ui.trend.TrendView;

/**
 * The main window's content: sources on the left, chart tabs in the centre, fit settings and readout on the right,
 * menu and toolbar on top, status with progress and cancel at the bottom. Files and folders can be dropped anywhere.
 */
public final class MainView {
    /** Pseudo-class of the window while files are dragged over it. */
    static final String DROP_TARGET = "drop-target";
    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Label exportStatus = new Label();
    private final TrendView trendView;
    private CurveView curveView;
    private final TabPane tabs = new TabPane();
    private final Tab trendTab;
    private final Tab curveTab;
    private final Tab runsTab;
    private final Tab rerunsTab;
    private final Tab effectiveTab;
    private RunsView runsView;
    private EffectiveComputeView effectiveView;
    private RerunsView rerunsView;
    private SidePanes sides;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        this.trendView = new TrendView(vm.trend());
        trendTab = new Tab("Efficiency trend", trendView.chartNode());
        // Built on first use: a second ChartFX chart costs start-up time the first frame does not need.
        curveTab = new Tab("Training curves");
        curveTab.setOnSelectionChanged(e -> {
            if (curveTab.isSelected()) {
                curveView();
            }
        });
        runsTab = new Tab("Runs");
        runsTab.setId("runsTab");
        runsTab.setOnSelectionChanged(e -> {
            if (runsTab.isSelected()) {
                runsView();
            }
        });
        // Built on first use too; nothing in it loads ND4J (that happens on Start, inside RerunService).
        rerunsTab = new Tab("Reruns");
        rerunsTab.setId("rerunsTab");
        rerunsTab.setOnSelectionChanged(e -> {
            if (rerunsTab.isSelected()) {
                rerunsView();
            }
        });
        effectiveTab = new Tab("Effective compute");
        effectiveTab.setId("effectiveTab");
        effectiveTab.setOnSelectionChanged(e -> {
            if (effectiveTab.isSelected()) {
                effectiveView();
            }
        });
        tabs.getTabs().setAll(trendTab, curveTab, runsTab, rerunsTab, effectiveTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, left, now) -> {
            keepFocusOnTabs(left);
            // The fit settings belong to the trend chart; the other tabs use their width.
            if (sides != null) {
                sides.setSettingsShown(now == trendTab);
            }
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox left = new VBox(new Label("Sources  (drop files or folders anywhere)"), new SourcesView(vm.sources()).node());
        left.getStyleClass().add("sources-panel");
        left.setId("sourcesPanel");
        VBox.setVgrow(left.getChildren().get(1), Priority.ALWAYS);
        ScrollPane right = new ScrollPane(trendView.settingsNode());
        right.setFitToWidth(true);
        right.setId("settingsPanel");
        tabs.setId("chartTabs");
        sides = new SidePanes(left, tabs, right);
        root.setCenter(sides.node());
        root.setBottom(statusBar());
        root.getStyleClass().add("workbench");
        root.setId("workbench");
        installDragAndDrop();
    }

    /**
     * A control on the tab being left loses its place in the scene; JavaFX would then give focus to the next
     * control in order, the chart title field, selecting its text. The tab headers take it instead.
     */
    private void keepFocusOnTabs(Tab left) {
        Node focused = tabs.getScene() == null ? null : tabs.getScene().getFocusOwner();
        if (left == null || left.getContent() == null || focused == null) {
            return;
        }
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == left.getContent()) {
                tabs.requestFocus();
                return;
            }
        }
    }

    public Parent root() {
        return root;
    }

    public void setTop(Node top) {
        root.setTop(top);
    }

    /** Sets the widths of the sources (left) and settings (right) panes in pixels; the charts get the rest. */
    public void setSideWidths(double sourcesWidth, double settingsWidth) {
        sides.setWidths(sourcesWidth, settingsWidth);
    }

    /** Calls {@code then} whenever the user drags a pane's divider. */
    public void sideWidthsChanged(Runnable then) {
        sides.onDrag(then);
    }

    /** {sources pane width, settings pane width} in pixels, as last set or dragged. */
    public double[] sideWidths() {
        return new double[] {sides.sourcesWidth(), sides.settingsWidth()};
    }

    public TrendView trendView() {
        return trendView;
    }

    public CurveView curveView() {
        if (curveView == null) {
            curveView = new CurveView(vm.curves());
            curveTab.setContent(curveView.node());
        }
        return curveView;
    }

    /** The Runs tab's view (built on first call). */
    public RunsView runsView() {
        if (runsView == null) {
            runsView = new RunsView(vm.runs());
            runsTab.setContent(runsView.node());
        }
        return runsView;
    }

    /** The Reruns tab's view (built on first call). */
    public RerunsView rerunsView() {
        if (rerunsView == null) {
            rerunsView = new RerunsView(vm.reruns());
            rerunsTab.setContent(rerunsView.node());
        }
        return rerunsView;
    }

    /** The Effective compute tab's view (built on first call). */
    public EffectiveComputeView effectiveView() {
        if (effectiveView == null) {
            effectiveView = new EffectiveComputeView(vm.effective());
            effectiveTab.setContent(effectiveView.node());
        }
        return effectiveView;
    }

    public TabPane tabs() {
        return tabs;
    }

    public void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** The selected chart as a PlotSpec with its current zoom (what every export draws). */
    public PlotSpec currentSpec() {
        if (tabs.getSelectionModel().getSelectedItem() == curveTab) {
            return vm.curves().spec((int) Math.max(200, curveView().chart().node().getWidth()),
                    curveView().chart().view());
        }
        return specChart().visibleSpec();
    }

    public void resetZoom() {
        if (tabs.getSelectionModel().getSelectedItem() == curveTab) {
            curveView().chart().resetZoom();
        } else {
            specChart().resetZoom();
        }
    }

    /** The selected tab's spec chart: the Runs and Reruns tabs export their halving-time-vs-target chart. */
    private SpecChart specChart() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected == runsTab) {
            return runsView().sensitivityView().chart();
        }
        if (selected == rerunsTab) {
            return rerunsView().sensitivityView().chart();
        }
        if (selected == effectiveTab) {
            return effectiveView().chart();
        }
        return trendView.chart();
    }

    /** Shows a message from an action (an export's "saved to ...") in the status bar. */
    public void showMessage(String message) {
        exportStatus.setText(message);
    }

    private Node statusBar() {
        Label status = new Label();
        status.textProperty().bind(vm.sources().statusProperty());
        status.setId("status");
        ProgressBar progress = new ProgressBar();
        progress.setId("loadProgress");
        Button cancel = new Button("Cancel");
        cancel.setId("cancelLoad");
        cancel.setOnAction(e -> vm.sources().cancelLoad());
        exportStatus.setId("exportStatus");
        Label readout = new Label();
        readout.textProperty().bind(vm.trend().statusLineProperty());
        readout.getStyleClass().add("status-readout");
        // "read 12 MB of 40 MB (events.out...)": the loader reports bytes read of the whole load.
        Label bytes = new Label();
        bytes.setId("loadBytes");
        HBox bar = new HBox(10, status, progress, bytes, cancel, exportStatus, readout);
        // The bar must never widen the window: its messages give way (cut with an ellipsis) before the charts do.
        for (Label l : List.of(status, bytes, exportStatus, readout)) {
            l.setMinWidth(0);
        }
        bar.setMinWidth(0);
        bar.getStyleClass().add("status-bar");
        progress.setVisible(false);
        cancel.setVisible(false);
        bytes.setVisible(false);
        vm.sources().currentLoadProperty().addListener((obs, old, handle) -> showLoad(handle, progress, bytes, cancel));
        return bar;
    }

    private static void showLoad(TaskHandle handle, ProgressBar progress, Label bytes, Button cancel) {
        progress.progressProperty().unbind();
        bytes.textProperty().unbind();
        progress.setVisible(handle != null);
        bytes.setVisible(handle != null);
        cancel.setVisible(handle != null);
        if (handle != null) {
            progress.progressProperty().bind(handle.progressProperty());
            bytes.textProperty().bind(handle.messageProperty());
        }
    }

    private void installDragAndDrop() {
        PseudoClass lit = PseudoClass.getPseudoClass(DROP_TARGET);
        // Drawn over the window (unmanaged, so nothing moves): an accent frame and a hint in the middle.
        Label hint = new Label("Drop files or folders to load them");
        hint.getStyleClass().add("drop-hint");
        StackPane overlay = new StackPane(hint);
        overlay.getStyleClass().add("drop-frame");
        overlay.setManaged(false);
        overlay.setMouseTransparent(true);
        overlay.setVisible(false);
        root.getChildren().add(overlay);
        Consumer<Boolean> light = on -> {
            root.pseudoClassStateChanged(lit, on);
            overlay.setVisible(on);
            if (on) {
                overlay.toFront();
                overlay.resizeRelocate(0, 0, root.getWidth(), root.getHeight());
            }
        };
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                if (!overlay.isVisible()) {
                    light.accept(true);
                }
            }
            e.consume();
        });
        root.addEventHandler(DragEvent.DRAG_EXITED, e -> light.accept(false));
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            light.accept(false);
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                vm.openPaths(files.stream().map(File::toPath).toList());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }
}
