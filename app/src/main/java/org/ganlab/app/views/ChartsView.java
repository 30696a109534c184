package org.ganlab.app.views;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganlab.app.charts.TrainingCharts;
import org.ganlab.app.charts.TrainingCharts.Charts;
import org.ganlab.app.model.ChartMarker;
import org.ganlab.app.viewmodels.MetricsViewModel;
import org.jfree.chart.fx.ChartViewer;

/** The live charts: losses, and D's outputs on real and generated images. */
public final class ChartsView {

    private final MetricsViewModel vm;
    private final Charts charts;
    private final VBox root = new VBox(8);
    private long shownRevision = -1;

    public ChartsView(MetricsViewModel vm) {
        this.vm = vm;
        this.charts = TrainingCharts.create(vm);
        createView();
        initListeners();
    }

    public Node root() {
        return root;
    }

    public Charts charts() {
        return charts;
    }

    /** How many times the charts were told to redraw (tests check that it stays per batch). */
    public long shownRevision() {
        return shownRevision;
    }

    private void createView() {
        ChartViewer losses = new ChartViewer(charts.losses());
        losses.setId("chart-losses");
        ChartViewer outputs = new ChartViewer(charts.outputs());
        outputs.setId("chart-outputs");
        for (ChartViewer v : new ChartViewer[] {losses, outputs}) {
            v.getStyleClass().add("chart-card");
            v.setMinSize(200, 150);
            VBox.setVgrow(v, Priority.ALWAYS);
        }
        root.getChildren().addAll(losses, outputs);
        root.getStyleClass().add("charts");
        root.setMinWidth(380);
    }

    private void initListeners() {
        vm.revisionProperty().addListener((obs, was, now) -> redraw(now.longValue()));
        vm.markers().addListener((ListChangeListener<ChartMarker>) this::markersChanged);
        vm.labelsProperty().addListener((obs, was, now) -> charts.relabel(now));
    }

    private void redraw(long revision) {
        shownRevision = revision;
        charts.refresh();
    }

    private void markersChanged(ListChangeListener.Change<? extends ChartMarker> change) {
        charts.clearMarks();
        vm.markers().forEach(charts::mark);
    }
}
