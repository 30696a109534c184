package org.ganlab.app.views;

import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.StackPane;
import org.ganlab.app.viewmodels.ExportViewModel;
import org.ganlab.app.viewmodels.HeaderViewModel;
import org.ganlab.app.viewmodels.TrainingViewModel;

/**
 * The window's content: the header with the run controls, the Train / Runs / Generate pages,
 * and the status bar. Notices from the view-models show as notifications over the top right.
 */
public final class MainView {

    private final TrainingViewModel vm;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final NoticeView notices = new NoticeView();
    private final TabPane tabs = new TabPane();
    private final SetupView setup;
    private final ChartsView charts;
    private final SampleGridView samples;
    private final TimelineView timeline;
    private final StatusView status;
    private final ControlsView controls;

    public MainView(TrainingViewModel vm, HeaderViewModel header, ExportViewModel exports, Path runsRoot) {
        this.vm = vm;
        this.setup = new SetupView(vm, runsRoot);
        this.charts = new ChartsView(vm.metrics(), vm.doctor(), vm.gradients());
        this.samples = new SampleGridView(vm.samples());
        this.timeline = new TimelineView(vm.timeline());
        this.status = new StatusView(vm.status());
        status.showVerdict(vm.doctor());
        timeline.markDiagnoses(vm.doctor().spans());
        this.controls = new ControlsView(vm, header, exports, charts.charts(), runsRoot);
        createView();
        initListeners();
    }

    public Parent root() {
        return root;
    }

    public ChartsView charts() {
        return charts;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Adds a page (Runs, Generate) after the Train page. */
    public void addPage(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tabs.getTabs().add(tab);
    }

    /** Adds an entry to the header's Help menu (About...). */
    public void addHelpItem(String id, String text, Runnable action) {
        controls.addHelpItem(id, text, action);
    }

    public void install(Scene scene) {
        controls.installShortcuts(scene);
        scene.getStylesheets().add(MainView.class.getResource("/org/ganlab/app/ganlab.css").toExternalForm());
    }

    private void createView() {
        HBox.setHgrow(charts.root(), Priority.ALWAYS);
        QualityView quality = new QualityView(vm.quality());
        DoctorView doctor = new DoctorView(vm.doctor());
        // the grid takes the height it is given (up to 400 px); the panel keeps a fixed share under it
        VBox.setVgrow(samples.root(), Priority.ALWAYS);
        VBox right = new VBox(12, samples.root(), doctor.root(), quality.root());
        HBox upper = new HBox(12, charts.root(), right);
        VBox.setVgrow(upper, Priority.ALWAYS);
        VBox center = new VBox(12, upper, timeline.root());
        center.getStyleClass().add("workspace");
        SplitPane split = new SplitPane(setup.root(), center);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(setup.root(), false);
        Tab train = new Tab("Train", split);
        train.setId("tab-train");
        tabs.getTabs().add(train);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        frame.setTop(controls.root());
        frame.setCenter(tabs);
        frame.setBottom(status.root());
        StackPane.setAlignment(notices.root(), javafx.geometry.Pos.TOP_RIGHT);
        StackPane.setMargin(notices.root(), new javafx.geometry.Insets(64, 16, 0, 0));
        root.getChildren().addAll(frame, notices.root());
        root.getStyleClass().add("app");
    }

    private void initListeners() {
        vm.noticeProperty().addListener((obs, was, now) -> notices.show(now));
    }

}
