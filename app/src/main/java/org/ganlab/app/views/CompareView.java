package org.ganlab.app.views;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ganlab.app.charts.ChartTheme;
import org.ganlab.app.viewmodels.CompareViewModel;
import org.ganlab.engine.report.ComparisonCharts;
import org.ganlab.engine.report.ConfigDiff;
import org.ganlab.engine.report.RunComparison;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Compare view under the runs table: the compared runs' curves overlaid (left, two to a row),
 * the x-axis toggle, one scrubber over their sample grids and the settings that differ (right),
 * and "Export comparison…". Redrawn whenever the comparison or the x axis changes.
 */
public final class CompareView {

    private static final double CHART_HEIGHT = 250;

    private final CompareViewModel vm;
    private final SplitPane root = new SplitPane();
    private final GridPane charts = new GridPane();
    private final GridPane settings = new GridPane();
    private final ToggleGroup axis = new ToggleGroup();
    private final ToggleButton byIteration = new ToggleButton("By iteration");
    private final ToggleButton byTime = new ToggleButton("By training time");
    private final Button export = new Button("Export comparison…");

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
    }

    public Node root() {
        return root;
    }

    private void createView() {
        root.setId("compare-view");
        Label title = new Label("Compare");
        title.getStyleClass().add("panel-title");
        Label message = new Label();
        message.setId("compare-message");
        message.getStyleClass().add("caption");
        message.textProperty().bind(vm.messageProperty());
        byIteration.setToggleGroup(axis);
        byIteration.setId("compare-by-iteration");
        byTime.setToggleGroup(axis);
        byTime.setId("compare-by-time");
        byIteration.setSelected(true);
        export.setId("btn-export-comparison");
        export.setDisable(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, title, message, spacer, byIteration, byTime, export);
        head.setAlignment(Pos.CENTER_LEFT);

        charts.setHgap(8);
        charts.setVgap(8);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50); // two charts to a row however wide their legends
            charts.getColumnConstraints().add(half);
        }
        ScrollPane chartScroll = new ScrollPane(charts);
        chartScroll.setFitToWidth(true);
        VBox.setVgrow(chartScroll, Priority.ALWAYS);
        VBox left = new VBox(8, head, chartScroll);
        left.getStyleClass().add("card");

        settings.getStyleClass().add("compare-settings");
        Label settingsTitle = new Label("Settings that differ");
        settingsTitle.getStyleClass().add("panel-title");
        VBox right = new VBox(10, new ComparedSamplesView(vm.samples()).root(), settingsTitle, settings);
        right.setPadding(new Insets(0, 4, 0, 4));
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.getStyleClass().add("card");
        root.getItems().addAll(left, rightScroll);
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.58);
    }

    private void initListeners() {
        vm.comparisonProperty().addListener((obs, was, now) -> redraw());
        vm.xAxisProperty().addListener((obs, was, now) -> drawCharts());
        axis.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two is always chosen
                return;
            }
            vm.xAxisProperty().set(now == byTime ? ComparisonCharts.XAxis.TRAINING_TIME : ComparisonCharts.XAxis.ITERATION);
        });
        export.setOnAction(e -> vm.export(new FileDialogs(root, vm.exportFolder())
                .saveFile("Export comparison", "compare.html", "HTML page", "html")));
    }

    private void redraw() {
        export.setDisable(vm.comparisonProperty().get() == null);
        drawCharts();
        drawSettings();
    }

    private void drawCharts() {
        charts.getChildren().clear();
        RunComparison c = vm.comparisonProperty().get();
        if (c == null) {
            return;
        }
        List<ComparisonCharts.Kind> kinds = vm.charts();
        for (int i = 0; i < kinds.size(); i++) {
            ChartViewer viewer = new ChartViewer(ComparisonCharts.chart(c, kinds.get(i), vm.xAxisProperty().get(),
                    ChartTheme.STYLE));
            viewer.setId("compare-chart-" + kinds.get(i).name().toLowerCase());
            viewer.setPrefHeight(CHART_HEIGHT);
            viewer.setMinHeight(CHART_HEIGHT);
            GridPane.setHgrow(viewer, Priority.ALWAYS);
            charts.add(viewer, i % 2, i / 2);
        }
    }

    private void drawSettings() {
        settings.getChildren().clear();
        RunComparison c = vm.comparisonProperty().get();
        if (c == null) {
            return;
        }
        settings.add(head("Setting"), 0, 0);
        for (int r = 0; r < c.runs().size(); r++) {
            settings.add(RunSwatch.labelled(c.runs().get(r).name(), r), r + 1, 0);
        }
        List<ConfigDiff.Setting> differing = vm.differingSettings();
        for (int row = 0; row < differing.size(); row++) {
            ConfigDiff.Setting s = differing.get(row);
            settings.add(new Label(s.key()), 0, row + 1);
            for (int r = 0; r < s.values().size(); r++) {
                settings.add(new Label(s.values().get(r)), r + 1, row + 1);
            }
        }
        if (differing.isEmpty()) {
            settings.add(new Label("None: the runs have the same settings."), 0, 1, c.runs().size() + 1, 1);
        }
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("setting-head");
        return l;
    }
}
