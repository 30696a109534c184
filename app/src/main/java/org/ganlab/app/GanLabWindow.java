package org.ganlab.app;

import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.DatasetPreviewService;
import org.ganlab.app.services.EventPump;
import org.ganlab.app.services.ExportService;
import org.ganlab.app.services.LatestOnly;
import org.ganlab.app.services.PointsFileService;
import org.ganlab.app.viewmodels.ToyLabViewModel;
import org.ganlab.app.views.ToyLabView;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.services.SystemMonitor;
import org.ganlab.app.services.TrainingService;
import org.ganlab.app.model.AboutFacts;
import org.ganlab.app.viewmodels.AboutViewModel;
import org.ganlab.app.viewmodels.ExportViewModel;
import org.ganlab.app.viewmodels.GenerateViewModel;
import org.ganlab.app.viewmodels.HeaderViewModel;
import org.ganlab.app.viewmodels.HyperParameter;
import org.ganlab.app.viewmodels.Notice;
import org.ganlab.app.viewmodels.RunsViewModel;
import org.ganlab.app.viewmodels.SamplesViewModel;
import org.ganlab.app.viewmodels.TrainingViewModel;
import org.ganlab.app.views.AboutView;
import org.ganlab.app.views.AppIcons;
import org.ganlab.app.views.GenerateView;
import org.ganlab.app.views.MainView;
import org.ganlab.app.views.RunsView;
import org.ganlab.app.model.RunState;
import org.ganlab.engine.Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ganlab.engine.train.TrainingConfig;

/**
 * Wires one window: services, view-models and views, the event pump, and the close sequence
 * (a training run is stopped and saves itself before the window goes). Used by the app and by
 * the UI tests, which pass their own runs folder.
 */
public final class GanLabWindow {

    private static final Logger LOG = LoggerFactory.getLogger(GanLabWindow.class);

    /** What the window opens with: the engine's defaults, with frequent snapshots so change shows within seconds. */
    public static TrainingConfig initialConfig() {
        return TrainingConfig.defaults().withSnapshotEvery(50);
    }

    private final Stage stage;
    private final TrainingService trainer = new TrainingService();
    private final BackgroundTasks tasks = BackgroundTasks.pooled(Platform::runLater);
    private final RunFolderService runs;
    private final TrainingViewModel vm;
    private final ExportViewModel exports;
    private final RunsViewModel runsVm;
    private final GenerateViewModel generateVm;
    private final ToyLabViewModel labVm;
    private final HeaderViewModel header;
    private final AboutViewModel about;
    private final ToyLabView lab;
    private final MainView view;
    private final EventPump pump;
    private final DatasetPreviewService preview = new DatasetPreviewService();
    private long previewRequest;

    public GanLabWindow(Stage stage, Path runsRoot, TrainingConfig initial) {
        this.stage = stage;
        this.runs = new RunFolderService(runsRoot);
        this.vm = new TrainingViewModel(trainer, runs, tasks, System::nanoTime, initial);
        this.exports = new ExportViewModel(vm, new ExportService(), runs, tasks);
        this.runsVm = new RunsViewModel(runs, tasks, vm);
        this.generateVm = new GenerateViewModel(new org.ganlab.app.services.GeneratorService(trainer), tasks, vm);
        this.labVm = new ToyLabViewModel(vm.run(), vm.status(), trainer, tasks, Platform::runLater,
                new PointsFileService(runsRoot), System::nanoTime);
        this.header = new HeaderViewModel(vm);
        this.view = new MainView(vm, header, exports, runsRoot);
        this.lab = new ToyLabView(labVm);
        view.addPage("2-D lab", "tab-lab", lab.root());
        view.addPage("Runs", "tab-runs", new RunsView(runsVm).root());
        view.addPage("Generate", "tab-generate", new GenerateView(generateVm, runsRoot).root());
        this.about = new AboutViewModel(AboutFacts.ofThisApp(), vm.status().backendTextProperty(), Backend::cudaFallback);
        view.addHelpItem("menu-about", "About GAN Lab FX…", () -> new AboutView(about, stage).show());
        view.tabs().getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> pageShown(now.getId()));
        this.pump = new EventPump(trainer, vm::apply, this::everySecond, 100_000_000L, Platform::runLater, System::nanoTime);
    }

    public TrainingViewModel viewModel() { return vm; }

    public ExportViewModel exports() { return exports; }

    public RunsViewModel runs() { return runsVm; }

    public GenerateViewModel generate() { return generateVm; }

    public MainView view() { return view; }

    public ToyLabViewModel lab() { return labVm; }

    /** What the header's run buttons act on. */
    public HeaderViewModel header() { return header; }

    public ToyLabView labView() { return lab; }

    /** Help ▸ About's content. */
    public AboutViewModel about() { return about; }

    public void show() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1560, screen.getWidth()), Math.min(980, screen.getHeight()));
        view.install(scene);
        stage.setScene(scene);
        stage.setTitle("GAN Lab FX");
        stage.getIcons().setAll(AppIcons.all());
        stage.setMinWidth(1100);
        stage.setMinHeight(720);
        stage.setOnCloseRequest(e -> {
            if (!vm.requestClose()) {
                e.consume();
            }
        });
        vm.readyToCloseProperty().addListener((obs, was, ready) -> stage.close());
        vm.stateProperty().addListener((obs, was, now) -> stateChanged(now));
        pump.start();
        stage.show();
        if (stage.getWidth() >= screen.getWidth() - 40) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        }
        warmUp();
        runsVm.refresh();
    }

    /** Loads ND4J and the real-images preview in the background, so Train starts at once. */
    private void warmUp() {
        tasks.run(Backend::describe, vm::backendReady,
                e -> vm.notify(Notice.error("No training backend", Notice.cause(e))));
        var dataset = vm.setup().field(HyperParameter.DATASET).textProperty();
        dataset.addListener((obs, was, now) -> loadPreview(now));
        loadPreview(dataset.get());
    }

    /** Real images of the chosen data set beside the samples; a late answer for an old choice is dropped. */
    private void loadPreview(String dataset) {
        if (dataset == null || dataset.isBlank()) {
            return;
        }
        long request = ++previewRequest;
        vm.samples().realLoading("Loading " + dataset + "…");
        vm.dataSource().loading(dataset);
        LatestOnly<int[]> progress = new LatestOnly<>(Platform::runLater, p -> {
            if (request == previewRequest) {
                vm.dataSource().progress(p[0], p[1], "");
            }
        });
        tasks.run(() -> preview.preview(dataset, 64, SamplesViewModel.COLUMNS,
                (done, total, file) -> progress.offer(new int[] {done, total})), p -> {
            if (request == previewRequest) {
                vm.samples().showReal(p.grid(), p.caption());
                if (p.report() != null) {
                    vm.dataSource().loaded(p.report());
                } else {
                    vm.dataSource().loaded();
                }
            }
        }, e -> {
            if (request == previewRequest) {
                vm.samples().realFailed("Real images unavailable: " + Notice.cause(e));
                vm.dataSource().failed(dataset, Notice.cause(e));
            }
        });
    }

    private void stateChanged(RunState state) {
        runsVm.refreshIfStale();
        if (state == RunState.FINISHED || state == RunState.STOPPED) {
            LOG.info("Run {}: {} iterations, {} it/s on average with the window open", state.name().toLowerCase(),
                    vm.status().getIteration(), String.format(java.util.Locale.ROOT, "%.2f", vm.status().averageRate()));
        }
    }

    /** The header's run buttons act on the page shown: the Train page's run, the lab's, or none. */
    private void pageShown(String id) {
        header.pageProperty().set("tab-train".equals(id) ? vm : "tab-lab".equals(id) ? labVm : null);
        if ("tab-lab".equals(id)) {
            lab.start();
        } else {
            lab.stop();
        }
        if ("tab-generate".equals(id)) {
            generateVm.generateIfEmpty();
        } else if ("tab-runs".equals(id)) {
            runsVm.refresh();
        }
    }

    private void everySecond() {
        vm.tick(SystemMonitor.heapUsed(), SystemMonitor.heapMax(), SystemMonitor.processBytes());
        vm.status().tick();
    }

    /** Stops everything this window started; a running trainer saves itself first (bounded wait). */
    public void dispose() {
        pump.stop();
        lab.stop();
        if (trainer.isAlive()) {
            trainer.stop();
        }
        tasks.close();
    }

    /** For tests and the exit path: waits for every run, also one abandoned by Reset, to end and save itself. */
    public boolean awaitTrainer(Duration timeout) throws InterruptedException {
        boolean saved = trainer.awaitStopped(timeout);
        if (!saved) {
            LOG.warn("A training run did not finish saving within {} s", timeout.toSeconds());
        }
        return saved;
    }
}
