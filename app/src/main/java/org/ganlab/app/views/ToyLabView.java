package org.ganlab.app.views;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.controlsfx.control.ToggleSwitch;
import org.ganlab.app.charts.ToyCharts;
import org.ganlab.app.viewmodels.HyperParameter;
import org.ganlab.app.viewmodels.ParameterField;
import org.ganlab.app.viewmodels.ToyLabViewModel;
import org.ganlab.engine.loss.GanLoss;
import org.jfree.chart.fx.ChartViewer;

/**
 * The 2-D lab page: its settings on the left, the live plot in the middle, the mode-coverage
 * figure and chart on the right. A timer runs only while the page is shown ({@link #start()},
 * {@link #stop()}); it asks the view-model for frames, and the plot redraws when one arrives.
 */
public final class ToyLabView {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final List<HyperParameter> FIELDS = List.of(HyperParameter.HIDDEN_UNITS,
            HyperParameter.LATENT_SIZE, HyperParameter.BATCH_SIZE, HyperParameter.LEARNING_RATE_G,
            HyperParameter.LEARNING_RATE_D, HyperParameter.D_STEPS_PER_G_STEP, HyperParameter.WEIGHT_CLIP,
            HyperParameter.ITERATIONS,
            HyperParameter.SEED);

    private final ToyLabViewModel vm;
    private final HBox root = new HBox(12);
    private final ToyPlotView plot = new ToyPlotView();
    private final ToyCharts.Coverage coverage;
    private final Label scaleLow = new Label();
    private final Label scaleHigh = new Label();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            vm.tick(now);
        }
    };
    private long frames;

    public ToyLabView(ToyLabViewModel vm) {
        this.vm = vm;
        this.coverage = ToyCharts.coverage(vm);
        createView();
        initListeners();
    }

    public Node root() {
        return root;
    }

    /** Frames drawn so far (tests check that the plot keeps changing). */
    public long framesDrawn() {
        return frames;
    }

    /** Starts the live view: called when the page is shown. */
    public void start() {
        timer.start();
    }

    /** Stops asking for frames: called when the user leaves the page. */
    public void stop() {
        timer.stop();
    }

    private void createView() {
        root.getChildren().addAll(settings(), plotCard(), coverageCard());
        root.getStyleClass().addAll("workspace", "toy-lab");
        root.setId("toy-lab");
    }

    private Node settings() {
        Label title = new Label("2-D lab");
        title.getStyleClass().add("panel-title");
        Label intro = new Label("A small GAN (mlp2d) learns a distribution of 2-D points. Watch D's verdict behind the points and whether G finds every mode.");
        intro.getStyleClass().add("help");
        intro.setWrapText(true);
        ComboBox<String> data = new ComboBox<>(FXCollections.observableArrayList(ToyLabViewModel.DISTRIBUTIONS));
        data.setId("toy-distribution");
        data.valueProperty().bindBidirectional(vm.distributionProperty());
        data.setPrefWidth(120);
        ComboBox<String> loss = new ComboBox<>(FXCollections.observableArrayList(GanLoss.NAMES));
        loss.setId("toy-loss");
        loss.valueProperty().bindBidirectional(vm.form().field(HyperParameter.LOSS).textProperty());
        loss.setPrefWidth(120);
        VBox group = new VBox(8, row("Distribution", data), row("Loss", loss));
        for (HyperParameter p : FIELDS) {
            group.getChildren().add(field(vm.form().field(p)));
        }
        group.getStyleClass().add("group");

        Button clear = new Button("Clear points");
        clear.setId("btn-toy-clear");
        clear.setOnAction(e -> vm.clearPoints());
        clear.visibleProperty().bind(vm.distributionProperty().isEqualTo(ToyLabViewModel.DRAWN));
        clear.managedProperty().bind(clear.visibleProperty());

        ToggleSwitch heat = new ToggleSwitch("D's decision surface");
        heat.setId("toggle-heat");
        heat.selectedProperty().bindBidirectional(vm.heatMapProperty());
        ToggleSwitch arrows = new ToggleSwitch("G's gradient arrows");
        arrows.setId("toggle-arrows");
        arrows.selectedProperty().bindBidirectional(vm.arrowsProperty());
        VBox show = new VBox(8, heat, arrows);
        show.getStyleClass().add("group");

        Button train = new Button();
        train.setId("btn-toy-train");
        train.getStyleClass().add("accent");
        train.setText("▶  Train");
        train.disableProperty().bind(vm.canTrainProperty().not());
        train.setOnAction(e -> vm.train());
        Button pause = new Button("❚❚");
        pause.setId("btn-toy-pause");
        pause.setTooltip(new Tooltip("Pause or resume"));
        pause.disableProperty().bind(vm.canPauseProperty().not());
        pause.setOnAction(e -> vm.togglePause());
        Button stop = new Button("■  Stop");
        stop.setId("btn-toy-stop");
        stop.getStyleClass().add("danger");
        stop.disableProperty().bind(vm.canStopProperty().not());
        stop.setOnAction(e -> vm.stop());
        HBox buttons = new HBox(8, train, pause, stop);

        Label problems = new Label();
        problems.getStyleClass().add("problems");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.form().problemsProperty());
        problems.visibleProperty().bind(vm.form().validProperty().not());
        problems.managedProperty().bind(problems.visibleProperty());

        VBox box = new VBox(12, title, intro, buttons, problems, group, clear, show);
        box.getStyleClass().add("setup");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("setup-scroll", "card-scroll");
        scroll.setMinWidth(290);
        scroll.setPrefWidth(300);
        scroll.setMaxWidth(320);
        return scroll;
    }

    private static Node row(String name, Node editor) {
        Label label = new Label(name);
        label.getStyleClass().add("field-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(6, label, spacer, editor);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node field(ParameterField f) {
        HyperParameter p = f.parameter();
        TextField text = new TextField();
        text.setId("toy-" + p.key());
        text.setPrefWidth(96);
        text.getStyleClass().add("number-field");
        text.textProperty().bindBidirectional(f.textProperty());
        text.setTooltip(new Tooltip(p.help()));
        f.errorProperty().addListener((obs, was, now) -> text.pseudoClassStateChanged(INVALID, !now.isEmpty()));
        text.setOnAction(e -> vm.applyLiveChanges());
        text.focusedProperty().addListener((obs, was, focused) -> commitOnBlur(focused));
        return row(p.label(), text);
    }

    private void commitOnBlur(boolean focused) {
        if (!focused) {
            vm.applyLiveChanges();
        }
    }

    private Node plotCard() {
        Label title = new Label("Real and generated points");
        title.getStyleClass().add("panel-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label rate = new Label();
        rate.setId("toy-rate");
        rate.getStyleClass().add("caption");
        rate.textProperty().bind(vm.rateTextProperty());
        HBox head = new HBox(8, title, spacer, rate);
        head.setAlignment(Pos.CENTER_LEFT);
        StackPane plotPane = new StackPane(plot.root());
        VBox.setVgrow(plotPane, Priority.ALWAYS);
        Label message = new Label();
        message.setId("toy-message");
        message.getStyleClass().add("caption");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox card = new VBox(8, head, plotPane, legend(), message);
        card.getStyleClass().add("card");
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMinWidth(420);
        plot.canvas().setOnMousePressed(e -> vm.addPoint(plot.dataX(e.getX()), plot.dataY(e.getY()), false));
        plot.canvas().setOnMouseDragged(e -> vm.addPoint(plot.dataX(e.getX()), plot.dataY(e.getY()), true));
        plot.canvas().cursorProperty().bind(Bindings.when(vm.drawingProperty())
                .then(javafx.scene.Cursor.CROSSHAIR).otherwise(javafx.scene.Cursor.DEFAULT));
        return card;
    }

    private Node legend() {
        Rectangle bar = new Rectangle(150, 10);
        bar.setArcWidth(4);
        bar.setArcHeight(4);
        bar.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.rgb(ToyPlotView.diverging(-1) >> 16 & 255, ToyPlotView.diverging(-1) >> 8 & 255, ToyPlotView.diverging(-1) & 255)),
                new Stop(0.5, ToyPlotView.BACKGROUND),
                new Stop(1, Color.rgb(ToyPlotView.diverging(1) >> 16 & 255, ToyPlotView.diverging(1) >> 8 & 255, ToyPlotView.diverging(1) & 255))));
        scaleLow.getStyleClass().add("caption");
        scaleHigh.getStyleClass().add("caption");
        Label kind = new Label();
        kind.setId("toy-output-kind");
        kind.getStyleClass().add("caption");
        kind.textProperty().bind(Bindings.concat("D's output (", vm.outputKindProperty(), "):"));
        HBox surface = new HBox(6, kind, scaleLow, bar, scaleHigh);
        surface.setAlignment(Pos.CENTER_LEFT);
        surface.visibleProperty().bind(vm.heatMapProperty());
        HBox dots = new HBox(6, dot(ToyPlotView.REAL_POINT), caption("real"), dot(ToyPlotView.GENERATED), caption("generated"));
        dots.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox legend = new HBox(14, dots, spacer, surface);
        legend.setAlignment(Pos.CENTER_LEFT);
        return legend;
    }

    private static Node dot(Color c) {
        return new Circle(5, c);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        return l;
    }

    private Node coverageCard() {
        Label title = new Label("Mode coverage");
        title.getStyleClass().add("panel-title");
        Label figure = new Label();
        figure.setId("toy-coverage");
        figure.getStyleClass().add("big-figure");
        figure.textProperty().bind(vm.coverageTextProperty());
        Label help = new Label("A mode counts as covered when it holds at least a quarter of its fair share of 1,000 generated points. "
                + "KL compares the real and generated densities on a 40×40 grid: it climbs when G collapses onto a few modes.");
        help.getStyleClass().add("help");
        help.setWrapText(true);
        ChartViewer chart = new ChartViewer(coverage.chart());
        chart.setId("chart-coverage");
        chart.getStyleClass().add("chart-card");
        chart.setMinSize(260, 220);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox card = new VBox(10, title, figure, help, chart);
        card.getStyleClass().add("card");
        card.setPrefWidth(420);
        card.setMinWidth(320);
        return card;
    }

    private void initListeners() {
        vm.frameProperty().addListener((obs, was, now) -> redraw());
        vm.realPointsProperty().addListener((obs, was, now) -> redraw());
        vm.heatMapProperty().addListener((obs, was, now) -> redraw());
        vm.coverageRevisionProperty().addListener((obs, was, now) -> coverage.refresh(vm.modeCountProperty().get()));
        redraw();
    }

    private void redraw() {
        frames++;
        var f = vm.frameProperty().get();
        plot.show(f != null && !vm.heatMapProperty().get() ? withoutSurface(f) : f, vm.realPointsProperty().get(),
                vm.drawnPointsProperty().get(), vm.outputKindProperty().get());
        boolean probability = "probability".equals(vm.outputKindProperty().get());
        scaleLow.setText(probability ? "0 fake" : String.format(java.util.Locale.ROOT, "−%.2g fake", plot.heatScale()));
        scaleHigh.setText(probability ? "1 real" : String.format(java.util.Locale.ROOT, "+%.2g real", plot.heatScale()));
    }

    private static org.ganlab.app.model.ToyFrame withoutSurface(org.ganlab.app.model.ToyFrame f) {
        return new org.ganlab.app.model.ToyFrame(f.iteration(), f.generated(), null, f.gridSize(), f.pushAt(), f.push());
    }
}
