package org.ganlab.app.views;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;
import org.ganlab.app.charts.ChartExport;
import org.ganlab.app.charts.TrainingCharts.Charts;
import org.ganlab.app.viewmodels.ExportViewModel;
import org.ganlab.app.viewmodels.HeaderViewModel;
import org.ganlab.app.viewmodels.TrainingViewModel;

/** The header bar: run controls (for the page shown) with keyboard shortcuts, saving and opening runs, and exports. */
public final class ControlsView {

    private final TrainingViewModel vm;
    private final HeaderViewModel header;
    private final ExportViewModel exports;
    private final Charts charts;
    private final FileDialogs dialogs;
    private final HBox root = new HBox(8);
    private final MenuButton help = new MenuButton("Help");

    public ControlsView(TrainingViewModel vm, HeaderViewModel header, ExportViewModel exports, Charts charts, Path runsRoot) {
        this.vm = vm;
        this.header = header;
        this.exports = exports;
        this.charts = charts;
        this.dialogs = new FileDialogs(root, runsRoot);
        createView();
    }

    public Node root() {
        return root;
    }

    private void createView() {
        Label brand = new Label("GAN Lab");
        brand.getStyleClass().add("brand");
        Button train = button("btn-train", "▶", "Start training, or continue the opened/stopped run (F5)", "accent");
        train.textProperty().bind(header.trainLabelProperty().map(label -> "▶  " + label));
        train.disableProperty().bind(header.canTrainProperty().map(can -> !can));
        train.setOnAction(e -> header.train());
        Button pause = button("btn-pause", "", "Pause or resume training (F6)");
        pause.textProperty().bind(header.pauseLabelProperty().map(label -> "Resume".equals(label) ? "▶  Resume" : "❚❚  Pause"));
        pause.disableProperty().bind(header.canPauseProperty().map(can -> !can));
        pause.setOnAction(e -> header.togglePause());
        Button step = button("btn-step", "⏵|  Step", "Run exactly one iteration while paused (F7)");
        step.disableProperty().bind(header.canStepProperty().map(can -> !can));
        step.setOnAction(e -> header.step());
        Button stop = button("btn-stop", "■  Stop", "Stop and save a checkpoint; Continue trains on (F8)", "danger");
        stop.disableProperty().bind(header.canStopProperty().map(can -> !can));
        stop.setOnAction(e -> header.stop());
        Button reset = button("btn-reset", "↺  Reset", "Clear the page for a new run (Ctrl+R)");
        reset.disableProperty().bind(header.canResetProperty().map(can -> !can));
        reset.setOnAction(e -> header.reset());

        Button open = button("btn-open", "Open run…", "Open a saved run folder (Ctrl+O)");
        open.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.getState().isActive(), vm.stateProperty()));
        open.setOnAction(e -> vm.open(dialogs.chooseFolder("Open a run folder")));
        Button save = button("btn-save", "Save run as…", "Copy this run (checkpoint, timeline, metrics) to a folder (Ctrl+S)");
        save.disableProperty().bind(exports.canSaveProperty().not());
        save.setOnAction(e -> exports.saveRunAs(dialogs.saveFile("Save run as", runName(), "Run folder", "run")));
        MenuButton export = new MenuButton("Export");
        export.setId("btn-export");
        export.getItems().addAll(
                item("Training GIF…", this::exportGif, exports.canExportGifProperty().not()),
                item("Sample grid (PNG)…", () -> exports.exportGrid(dialogs.saveFile("Sample grid", "samples.png", "PNG image", "png")),
                        exports.canExportGridProperty().not()),
                item("Charts (PNG)…", () -> exportCharts("png"), null),
                item("Charts (SVG)…", () -> exportCharts("svg"), null),
                item("Metrics (CSV)…", () -> exports.exportCsv(dialogs.saveFile("Metrics", "metrics.csv", "CSV", "csv")), null),
                item("Generator as DL4J model…", () -> exports.exportGeneratorDl4j(
                        dialogs.saveFile("Generator as DL4J model", "generator-dl4j.zip", "DL4J model (zip)", "zip")),
                        exports.canSaveProperty().not()),
                item("Run report…", () -> exports.exportReport(dialogs.saveFile("Run report", runName() + "-report.html",
                        "HTML page", "html")), exports.canExportReportProperty().not()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        help.setId("btn-help");
        root.getChildren().addAll(brand, sep(), train, pause, step, stop, reset, spacer, open, save, export, help);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("header");
    }

    /** The Help menu's entries come from the window, which owns what they show. */
    public void addHelpItem(String id, String text, Runnable action) {
        MenuItem i = item(text, action, null);
        i.setId(id);
        help.getItems().add(i);
    }

    /** F5–F8 and Ctrl shortcuts, active anywhere in the window; the run keys act on the page shown. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), header::train);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F6), header::togglePause);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F7), header::step);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F8), header::stop);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), header::reset);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> fire("#btn-open"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> fire("#btn-save"));
    }

    private void fire(String id) {
        Button b = (Button) root.lookup(id);
        if (b != null && !b.isDisabled()) {
            b.fire();
        }
    }

    private String runName() {
        Path dir = vm.getRunDir();
        return dir == null ? "run" : dir.getFileName().toString();
    }

    private void exportGif() {
        new GifOptionsDialog(exports.gifOptionsProperty().get(), vm.timeline().size())
                .showAndWait().ifPresent(this::exportGif);
    }

    private void exportGif(org.ganlab.app.services.ExportService.GifOptions options) {
        exports.gifOptionsProperty().set(options);
        exports.exportGif(dialogs.saveFile("Training GIF", "training.gif", "GIF animation", "gif"));
    }

    private void exportCharts(String format) {
        Path target = dialogs.saveFile("Charts", "losses." + format, format.toUpperCase() + " image", format);
        if (target == null) {
            return;
        }
        String name = target.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Path outputs = target.resolveSibling(stem + "-d-outputs." + format);
        try {
            exports.exportBytes("Loss chart", render(charts.losses(), format), target);
            exports.exportBytes("D output chart", render(charts.outputs(), format), outputs);
        } catch (java.io.IOException e) {
            vm.notify(org.ganlab.app.viewmodels.Notice.error("Chart not exported", e.getMessage()));
        }
    }

    private static byte[] render(org.jfree.chart.JFreeChart chart, String format) throws java.io.IOException {
        return format.equals("svg") ? ChartExport.svg(chart, 1000, 560) : ChartExport.png(chart, 1000, 560);
    }

    private static Button button(String id, String text, String tip, String... styles) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().addAll(styles);
        return b;
    }

    private static MenuItem item(String text, Runnable action, javafx.beans.value.ObservableBooleanValue disabled) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(e -> action.run());
        if (disabled != null) {
            i.disableProperty().bind(disabled);
        }
        return i;
    }

    private static Separator sep() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("header-sep");
        return s;
    }
}
