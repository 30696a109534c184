package org.ganlab.app.views;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganlab.app.charts.QualityCharts;
import org.ganlab.app.viewmodels.QualityViewModel;
import org.jfree.chart.fx.ChartViewer;

/**
 * Under the training charts, when quality metrics are on: Fréchet distance and score over epochs,
 * the class-coverage histogram, and a red warning while coverage has collapsed.
 */
public final class QualityView {

    private final QualityViewModel vm;
    private final QualityCharts.Charts charts;
    private final VBox root = new VBox(6);

    public QualityView(QualityViewModel vm) {
        this.vm = vm;
        this.charts = QualityCharts.create(vm);
        createView();
        initListeners();
    }

    public Node root() {
        return root;
    }

    private void createView() {
        Label warning = new Label();
        warning.setId("collapse-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(vm.warningProperty());
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox banner = new VBox(warning);
        banner.getStyleClass().add("collapse-warning");
        banner.visibleProperty().bind(vm.collapsedProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        Label summary = new Label();
        summary.setId("quality-summary");
        summary.getStyleClass().add("caption");
        summary.textProperty().bind(vm.summaryProperty());
        ChartViewer metrics = viewer(new ChartViewer(charts.metrics()), "chart-quality");
        ChartViewer histogram = viewer(new ChartViewer(charts.histogram()), "chart-coverage-histogram");
        HBox.setHgrow(metrics, Priority.ALWAYS);
        HBox.setHgrow(histogram, Priority.ALWAYS);
        HBox row = new HBox(8, metrics, histogram);
        VBox.setVgrow(row, Priority.ALWAYS);
        root.getChildren().addAll(banner, summary, row);
        root.setAlignment(Pos.TOP_LEFT);
        // long warnings wrap: they must not widen the charts column
        root.setMinWidth(0);
        root.setPrefWidth(100);
        summary.setMinWidth(0);
        root.visibleProperty().bind(vm.shownProperty());
        root.managedProperty().bind(root.visibleProperty());
        root.getStyleClass().add("card");
    }

    private static ChartViewer viewer(ChartViewer v, String id) {
        v.setId(id);
        v.getStyleClass().add("chart-card");
        v.setMinSize(180, 140);
        v.setPrefHeight(230);
        return v;
    }

    private void initListeners() {
        vm.revisionProperty().addListener((obs, was, now) -> charts.refresh(vm.shares()));
    }
}
