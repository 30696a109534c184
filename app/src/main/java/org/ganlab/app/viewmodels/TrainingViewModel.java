package org.ganlab.app.viewmodels;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ganlab.app.model.ChartLabels;
import org.ganlab.app.model.RunState;
import org.ganlab.app.model.SampleLayout;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.services.Trainer;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;

/**
 * The Train page: its setup and what it shows of the window's run (metrics, samples, timeline,
 * quality, status). Run control lives in {@link RunControlViewModel} (shared with the 2-D lab),
 * the engine's events are applied by {@link RunEventsHandler}, saved runs opened by {@link RunOpener}.
 */
public final class TrainingViewModel implements RunCommands {

    private final SetupViewModel setup;
    private final MetricsViewModel metrics = new MetricsViewModel();
    private final SamplesViewModel samples = new SamplesViewModel();
    private final TimelineViewModel timeline;
    private final DoctorViewModel doctor;
    private final GradientNormsViewModel gradients = new GradientNormsViewModel();
    private final QualityViewModel quality = new QualityViewModel();
    private final DataSourceViewModel dataSource = new DataSourceViewModel();
    private final StatusViewModel status;
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final RunControlViewModel run;
    private final RunEventsHandler events;
    private final RunOpener opener;
    private SampleLayout layout = SampleLayout.PLAIN;

    public TrainingViewModel(Trainer trainer, RunFolderService runs, BackgroundTasks tasks,
                             LongSupplier nanoClock, TrainingConfig initial) {
        this.setup = new SetupViewModel(initial);
        this.status = new StatusViewModel(nanoClock);
        this.timeline = new TimelineViewModel(tasks);
        this.doctor = new DoctorViewModel(timeline);
        this.run = new RunControlViewModel(trainer, runs, tasks, status, notice::set);
        this.events = new RunEventsHandler(this, run, this::layout, notice::set, nanoClock);
        this.opener = new RunOpener(this, run, runs, tasks, notice::set);
        run.onNewRun(this::clearPage);
        run.runConfigProperty().addListener((obs, was, now) -> runChanged());
        setup.configProperty().addListener((obs, was, now) -> runChanged());
        runChanged();
    }

    /** Chart labels, grid layout and quality panel follow the run's config, or the setup's before a run. */
    private void runChanged() {
        TrainingConfig cfg = run.runConfigProperty().get() != null ? run.runConfigProperty().get() : setup.getConfig();
        if (cfg == null) {
            return;
        }
        if (run.runConfigProperty().get() != null) {
            layout = SampleLayout.of(cfg.dataset(), cfg.model());
        }
        metrics.labels(ChartLabels.forLoss(cfg.loss()));
        doctor.configure(cfg);
        quality.configure(cfg);
    }

    SampleLayout layout() {
        return layout;
    }

    // ---- Properties

    public SetupViewModel setup() { return setup; }

    /** The window's one run: state, folder, config and its controls. */
    public RunControlViewModel run() { return run; }

    public MetricsViewModel metrics() { return metrics; }

    public SamplesViewModel samples() { return samples; }

    public TimelineViewModel timeline() { return timeline; }

    /** The training doctor's verdict and diagnoses. */
    public DoctorViewModel doctor() { return doctor; }

    /** D's and G's gradient norms, for their chart. */
    public GradientNormsViewModel gradients() { return gradients; }

    /** Quality metrics (Fréchet distance, score, class coverage) at epoch ends. */
    public QualityViewModel quality() { return quality; }

    /** Loading progress and report of the chosen data set. */
    public DataSourceViewModel dataSource() { return dataSource; }

    public StatusViewModel status() { return status; }

    public ReadOnlyObjectProperty<RunState> stateProperty() { return run.stateProperty(); }

    public RunState getState() { return run.getState(); }

    /** The folder the current run writes to (or was opened from). */
    public ReadOnlyObjectProperty<Path> runDirProperty() { return run.runDirProperty(); }

    public Path getRunDir() { return run.getRunDir(); }

    /** The config of the current run, as the trainer has it. */
    public ReadOnlyObjectProperty<TrainingConfig> runConfigProperty() { return run.runConfigProperty(); }

    /** The latest message for a notification. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }

    /** Becomes true once a close request has let the run stop and save itself. */
    public ReadOnlyBooleanProperty readyToCloseProperty() { return run.readyToCloseProperty(); }

    @Override
    public BooleanBinding canTrainProperty() {
        return Bindings.createBooleanBinding(() -> !run.getState().isActive() && setup.getConfig() != null,
                run.stateProperty(), setup.configProperty());
    }

    /** "Continue" when Train would go on from the current run's checkpoint. */
    @Override
    public StringBinding trainLabelProperty() {
        return Bindings.createStringBinding(() -> run.canContinue(setup.getConfig()) ? "Continue" : "Train",
                run.stateProperty(), setup.configProperty(), run.hasCheckpointProperty());
    }

    @Override
    public BooleanBinding canPauseProperty() { return run.canPauseProperty(); }

    @Override
    public StringBinding pauseLabelProperty() { return run.pauseLabelProperty(); }

    @Override
    public BooleanBinding canStepProperty() { return run.canStepProperty(); }

    @Override
    public BooleanBinding canStopProperty() { return run.canStopProperty(); }

    @Override
    public BooleanBinding canResetProperty() { return run.canResetProperty(); }

    /** True while the setup asks for a structure this page's current run cannot change to (the lab's runs are the lab's). */
    public BooleanBinding resetNeededProperty() {
        return Bindings.createBooleanBinding(() -> ownRun() && setup.getConfig() != null
                        && !run.runConfigProperty().get().sameStructure(setup.getConfig()),
                run.runConfigProperty(), run.ownerProperty(), setup.configProperty());
    }

    private boolean ownRun() {
        return run.runConfigProperty().get() != null && run.ownerProperty().get() == this;
    }

    // ---- Commands

    /** Starts a new run of the setup, or continues the current one from its checkpoint. */
    @Override
    public void train() {
        TrainingConfig cfg = setup.getConfig();
        if (cfg == null) {
            notice.set(Notice.error("Fix the setup first", setup.problemsProperty().get()));
            return;
        }
        run.train(cfg, this);
    }

    /** Shows {@code cfg} in the Train page's setup and trains it, as {@link #train()}. */
    public void train(TrainingConfig cfg) {
        if (!run.getState().isActive()) {
            setup.load(cfg);
            train();
        }
    }

    @Override
    public void togglePause() { run.togglePause(); }

    @Override
    public void step() { run.step(); }

    @Override
    public void stop() { run.stop(); }

    /** Forgets the current run (a running one stops and saves itself first) and clears the page. */
    @Override
    public void reset() { run.reset(); }

    /** Sends the setup's live hyperparameters to this page's running run (called when the user commits an edit). */
    public void applyLiveChanges() {
        if (ownRun()) {
            run.applyLiveChanges(setup.getConfig());
        }
    }

    /** Opens a saved run: its setup, charts, timeline and samples; Train then continues it. */
    public void open(Path dir) {
        opener.open(dir);
    }

    /** Asks to close the window; false while the run still has to stop and save itself. */
    public boolean requestClose() {
        return run.requestClose();
    }

    /** Once a second: the memory figures, and what training added to the charts and counters since the last tick. */
    public void tick(long heapUsed, long heapMax, long processBytes) {
        status.memory(heapUsed, heapMax, processBytes);
        events.flush();
    }

    public void backendReady(String description) {
        status.backend(description);
    }

    public void notify(Notice n) {
        notice.set(n);
    }

    /** Applies one pulse's engine events, in order. */
    public void apply(List<TrainingEvent> batch) {
        events.apply(batch);
    }

    void eventsOpened(int epoch) {
        events.reset(epoch);
    }

    private void clearPage() {
        metrics.clear();
        quality.clear();
        timeline.clear();
        doctor.clear();
        gradients.clear();
        samples.clear();
        status.clear();
        events.reset(0);
    }
}
