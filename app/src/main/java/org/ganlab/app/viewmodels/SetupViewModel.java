package org.ganlab.app.viewmodels;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.app.model.ModelRules;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.loss.GanLoss;
import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.TrainingConfig;

/**
 * The setup panel's state: one {@link ParameterField} per hyperparameter, validated on every
 * edit by the engine's own rules ({@link TrainingConfig}'s constructor), so an invalid value is
 * marked at its field and {@link #configProperty()} is null until every field is valid: nothing
 * invalid can reach the trainer.
 */
public final class SetupViewModel {

    private final Map<HyperParameter, ParameterField> fields = new EnumMap<>(HyperParameter.class);
    private final ReadOnlyObjectWrapper<TrainingConfig> config = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper optimizer = new ReadOnlyStringWrapper("adam");
    private final ReadOnlyBooleanWrapper labelSmoothingApplies = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<String> datasetChoices = FXCollections.observableArrayList();
    private boolean loading;
    /** The last loaded config: fields the form does not show keep its values. */
    private TrainingConfig base;
    /** The model's and loss's defaults for the fields the user leaves alone. */
    private final FormDefaults defaults;

    public SetupViewModel(TrainingConfig initial) {
        datasetChoices.addAll(DatasetCatalog.knownNames());
        datasetChoices.addAll(ToyDistribution.NAMES);
        defaults = new FormDefaults(fields, initial);
        for (HyperParameter p : HyperParameter.values()) {
            ParameterField field = new ParameterField(p);
            field.textProperty().addListener((obs, was, now) -> {
                defaults.textChanged(p);
                validate();
            });
            fields.put(p, field);
        }
        fields.get(HyperParameter.DATASET).textProperty().addListener((obs, was, now) -> offer(now));
        load(initial);
    }

    /** A data set typed, preset or loaded becomes a choice, so the box can show it. */
    private void offer(String dataset) {
        if (dataset != null && !dataset.isBlank() && !datasetChoices.contains(dataset.trim())) {
            try {
                ModelRules.kind(dataset.trim());
                datasetChoices.add(dataset.trim());
            } catch (IllegalArgumentException e) {
                // not a data set: the field's error says so
            }
        }
    }

    // ---- Properties

    public List<ParameterField> fields() {
        return List.copyOf(fields.values());
    }

    public ParameterField field(HyperParameter p) {
        return fields.get(p);
    }

    /** The config the fields describe, or null while any field is invalid. */
    public ReadOnlyObjectProperty<TrainingConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public TrainingConfig getConfig() {
        return config.get();
    }

    /** Every problem, one per line; empty when the config is valid. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return Bindings.isNotNull(config);
    }

    /** "adam", or "rmsprop" for the original WGAN: Adam's β1 and β2 then do not apply. */
    public ReadOnlyStringProperty optimizerProperty() {
        return optimizer.getReadOnlyProperty();
    }

    public BooleanBinding betasApplyProperty() {
        return optimizer.isEqualTo("adam");
    }

    /** False for losses that ignore label smoothing (wgan, wgan-gp, hinge): the field is off, its hint says why. */
    public ReadOnlyBooleanProperty labelSmoothingAppliesProperty() {
        return labelSmoothingApplies.getReadOnlyProperty();
    }

    /** The data sets the form offers: named ones, the 2-D sets, and folders imported this session. */
    public ObservableList<String> datasetChoices() {
        return datasetChoices;
    }

    // ---- Commands

    /** Trains on a folder of MNIST-style IDX files ({@code idx:DIR}); null (a cancelled dialog) does nothing. */
    public void useIdxFolder(java.nio.file.Path dir) {
        if (dir != null) {
            useDataset("idx:" + dir.toAbsolutePath());
        }
    }

    /** Trains on a folder of images resized to {@code size} (64 or 32), switching to a DCGAN of that size if needed. */
    public void useImageFolder(java.nio.file.Path dir, int size) {
        if (dir != null) {
            useDataset((size == 32 ? "images32:" : "images:") + dir.toAbsolutePath());
            fields.get(HyperParameter.MODEL).setText(size == 32 ? "dcgan32" : "dcgan64");
        }
    }

    /** Picks a data set, and a model that trains on it when the current one cannot. */
    public void useDataset(String dataset) {
        if (!datasetChoices.contains(dataset)) {
            datasetChoices.add(dataset);
        }
        fields.get(HyperParameter.DATASET).setText(dataset);
        String model = fields.get(HyperParameter.MODEL).getText();
        try {
            fields.get(HyperParameter.MODEL).setText(ModelRules.modelFor(dataset, model));
        } catch (IllegalArgumentException e) {
            // an unknown data set: its own field says so
        }
    }

    /** Shows {@code cfg} in the fields (after Reset, or when a saved run is opened). */
    public void load(TrainingConfig cfg) {
        base = cfg;
        if (!datasetChoices.contains(cfg.dataset())) {
            datasetChoices.add(cfg.dataset());
        }
        loading = true;
        try {
            defaults.load(cfg, () -> {
                for (HyperParameter p : HyperParameter.values()) {
                    fields.get(p).setText(format(p, cfg));
                }
            });
        } finally {
            loading = false;
        }
        validate();
    }

    private void validate() {
        if (loading) {
            return;
        }
        Map<HyperParameter, String> errors = new EnumMap<>(HyperParameter.class);
        TrainingConfig.Builder b = new TrainingConfig.Builder(base);
        for (HyperParameter p : HyperParameter.values()) {
            try {
                p.value().apply(b, fields.get(p).getText());
            } catch (NumberFormatException e) {
                errors.put(p, p.label() + " must be " + p.kind().description() + " (was \""
                        + fields.get(p).getText().trim() + "\")");
            }
        }
        checkCombination(errors);
        List<String> all = new ArrayList<>();
        TrainingConfig candidate = errors.isEmpty() ? build(b, errors, all) : null;
        for (HyperParameter p : HyperParameter.values()) {
            String e = errors.getOrDefault(p, "");
            fields.get(p).setError(e);
            if (!e.isEmpty()) {
                all.add(e);
            }
        }
        config.set(all.isEmpty() ? candidate : null);
        problems.set(String.join("\n", all));
    }

    /** The engine validates all fields at once; its problems go to the fields they name. */
    private static TrainingConfig build(TrainingConfig.Builder b, Map<HyperParameter, String> errors, List<String> all) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            for (String problem : e.getMessage().split("; ")) {
                HyperParameter p = HyperParameter.byKey(problem.split(" ", 2)[0]);
                if (p != null) {
                    errors.merge(p, p.label() + problem.substring(p.key().length()), (x, y) -> x + "; " + y);
                } else {
                    all.add(problem);
                }
            }
            return null;
        }
    }

    /** Data set names the engine accepts, and a model that can train on the data set (with the reason if not). */
    private void checkCombination(Map<HyperParameter, String> errors) {
        String dataset = fields.get(HyperParameter.DATASET).getText();
        String model = fields.get(HyperParameter.MODEL).getText();
        String loss = fields.get(HyperParameter.LOSS).getText();
        showLoss(loss == null ? "" : loss.trim());
        if (dataset == null || dataset.isBlank() || model == null || model.isBlank()) {
            return;
        }
        try {
            ModelRules.kind(dataset.trim());
        } catch (IllegalArgumentException e) {
            errors.merge(HyperParameter.DATASET, e.getMessage(), (a, b) -> a + "; " + b);
            return;
        }
        String problem = ModelRules.problem(model.trim(), dataset.trim());
        if (!problem.isEmpty()) {
            errors.merge(HyperParameter.MODEL, problem, (a, b) -> a + "; " + b);
        }
    }

    /** What the loss decides beyond its fields: the optimiser, and whether label smoothing means anything. */
    private void showLoss(String name) {
        GanLoss loss;
        try {
            loss = GanLoss.named(name);
        } catch (IllegalArgumentException e) {
            optimizer.set("adam");
            labelSmoothingApplies.set(true);
            return;
        }
        optimizer.set(loss.optimizer());
        labelSmoothingApplies.set(loss.usesLabelSmoothing());
        fields.get(HyperParameter.LABEL_SMOOTHING).setHint(loss.usesLabelSmoothing() ? ""
                : "the " + name + " loss ignores it: its discriminator scores images, it has no real target of 1 to smooth");
    }

    /** The text a field shows for a value: short, and parsed back to the same value. */
    static String format(HyperParameter p, TrainingConfig c) {
        return p.value().format(c);
    }

    /** 0.0002 reads better as 2e-4; 0.5 as 0.5. */
    static String number(double v) {
        return ConfigValue.number(v);
    }

    /** One line per live field that differs, e.g. "Learning rate G 2e-4 → 1e-4". */
    public static String describeChange(TrainingConfig before, TrainingConfig after) {
        List<String> parts = new ArrayList<>();
        for (HyperParameter p : HyperParameter.values()) {
            String a = format(p, before);
            String b = format(p, after);
            if (!a.equals(b)) {
                parts.add(p.label() + " " + a + " → " + b);
            }
        }
        return String.join(", ", parts);
    }
}
