package org.ganlab.app;

import java.util.Map;
import javafx.application.Application;
import javafx.stage.Stage;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.viewmodels.HyperParameter;
import org.ganlab.app.viewmodels.Notice;
import org.ganlab.app.viewmodels.ParameterField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: one {@link GanLabWindow}. Started by {@link GanLabLauncher}.
 *
 * <p>Arguments preset the setup panel and may start training at once, e.g.
 * {@code --model=dcgan --batch=64 --lr-g=1e-4 --train}. Keys are the config's field names
 * ({@code --learningRateG=...}) or the CLI's option names ({@code --batch}, {@code --lr-g} ...).
 * {@code --page=lab} (or runs, generate) opens on that page; with {@code --page=lab}, {@code --train}
 * trains the 2-D lab's settings, which {@code --lab-distribution=spiral} and {@code --lab-loss=wgan-gp} change.
 * {@code --smoke-test} quits once the window, the backend and the real images are up (see {@link SmokeTest}).
 */
public final class GanLabApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(GanLabApp.class);
    /** The CLI's option names ({@code ganlab train --help}) for the same fields. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("batch", "batchSize"), Map.entry("lr-g", "learningRateG"),
            Map.entry("lr-d", "learningRateD"), Map.entry("beta1-g", "beta1G"),
            Map.entry("beta2-g", "beta2G"), Map.entry("beta1-d", "beta1D"), Map.entry("beta2-d", "beta2D"),
            Map.entry("latent", "latentSize"), Map.entry("snapshot-every", "snapshotEvery"),
            Map.entry("d-steps", "dStepsPerGStep"), Map.entry("label-smoothing", "labelSmoothing"),
            Map.entry("hidden", "hiddenUnits"));

    private GanLabWindow window;

    @Override
    public void start(Stage stage) {
        window = new GanLabWindow(stage, RunFolderService.defaultRoot(), GanLabWindow.initialConfig());
        window.show();
        applyArguments();
        if (SmokeTest.requested(getParameters().getUnnamed())) {
            SmokeTest.watch(window);
        }
    }

    private void applyArguments() {
        Parameters args = getParameters();
        java.util.Map<String, String> named = new java.util.HashMap<>(args.getNamed());
        String page = named.remove("page");
        String distribution = named.remove("lab-distribution");
        String labLoss = named.remove("lab-loss");
        named.forEach(this::preset);
        if (distribution != null) {
            window.lab().distributionProperty().set(distribution);
        }
        if (labLoss != null) {
            window.lab().form().field(HyperParameter.LOSS).setText(labLoss);
        }
        if (args.getUnnamed().contains("--lab-arrows")) {
            window.lab().arrowsProperty().set(true);
        }
        if (page != null) {
            window.view().tabs().getTabs().stream().filter(t -> ("tab-" + page).equals(t.getId())).findFirst()
                    .ifPresent(t -> window.view().tabs().getSelectionModel().select(t));
        }
        if (args.getUnnamed().contains("--train")) {
            if ("lab".equals(page)) {
                window.lab().train();
            } else {
                window.viewModel().train();
            }
        }
    }

    private void preset(String key, String value) {
        HyperParameter p = HyperParameter.byKey(ALIASES.getOrDefault(key, key));
        if (p == null) {
            window.viewModel().notify(Notice.error("Unknown option --" + key, "Options name setup fields, e.g. --batch=64"));
            return;
        }
        if (p == HyperParameter.DATASET) {
            // a choice first, then the value: the box shows a value only if it was a choice already
            window.viewModel().setup().datasetChoices().add(value);
        }
        ParameterField field = window.viewModel().setup().field(p);
        field.setText(value);
        LOG.info("Setup preset from the command line: {} = {}", p.key(), value);
    }

    @Override
    public void stop() throws Exception {
        if (window != null) {
            window.dispose();
            window.awaitTrainer(java.time.Duration.ofSeconds(20));
        }
    }
}
