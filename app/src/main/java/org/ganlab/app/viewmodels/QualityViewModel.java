package org.ganlab.app.viewmodels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.app.model.ClassNames;
import org.ganlab.app.model.ClassShare;
import org.ganlab.app.model.DecimatedSeries;
import org.ganlab.app.model.ModelRules;
import org.ganlab.app.model.QualityRow;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent.MetricsComputed;

/**
 * The quality panel: the Fréchet distance and classifier score after every {@code metricsEvery}-th
 * epoch, the share of each class among the latest samples (bars under 2% highlighted), and a
 * warning while coverage has collapsed. Fed the engine's {@link MetricsComputed} events.
 */
public final class QualityViewModel {

    private static final int POINTS = 400;

    private final DecimatedSeries fid = new DecimatedSeries(POINTS);
    private final DecimatedSeries score = new DecimatedSeries(POINTS);
    private final ObservableList<ClassShare> shares = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper collapsed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final List<MetricsComputed> history = new ArrayList<>();
    private int restored;
    private String dataset = "mnist";
    private boolean asked;

    // ---- Properties

    /** Changes once per new measurement; the charts redraw on it. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** Fréchet distance over epochs (x = epoch); lower is better. */
    public DecimatedSeries fid() { return fid; }

    /** Classifier score over epochs (x = epoch), 1..classes; higher is better. */
    public DecimatedSeries score() { return score; }

    /** The latest class shares, one per class in class order. */
    public ObservableList<ClassShare> shares() { return shares; }

    /** True when the panel has something to show: metrics were asked for (labelled data), or arrived. */
    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty collapsedProperty() { return collapsed.getReadOnlyProperty(); }

    /** E.g. "epoch 5 · Fréchet distance 23.41 · coverage 9/10 · score 7.85". */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** The mode-collapse warning; empty while coverage is fine. */
    public ReadOnlyStringProperty warningProperty() { return warning.getReadOnlyProperty(); }

    public List<MetricsComputed> history() { return List.copyOf(history); }

    // ---- Commands

    /** Follows a config: its data set names the classes; metricsEvery > 0 on labelled data shows the panel. */
    public void configure(TrainingConfig cfg) {
        dataset = cfg.dataset();
        boolean labelled;
        try {
            labelled = ModelRules.kind(cfg.dataset()) == ModelRules.DataKind.LABELLED_28;
        } catch (IllegalArgumentException e) {
            labelled = false;
        }
        asked = cfg.metricsEvery() > 0 && labelled;
        shown.set(asked || measured());
        if (!measured()) {
            summary.set(asked ? "Quality metrics arrive after every " + (cfg.metricsEvery() == 1 ? "epoch"
                    : cfg.metricsEvery() + " epochs") + " (the first needs the data set's classifier: up to 2 minutes once)" : "");
        }
    }

    /** One measurement. */
    public void add(MetricsComputed m) {
        history.add(m);
        if (Double.isFinite(m.fid())) {
            fid.add(m.epoch(), m.fid());
        }
        if (Double.isFinite(m.score())) {
            score.add(m.epoch(), m.score());
        }
        double[] s = m.classShares();
        List<String> names = ClassNames.of(dataset, s.length);
        List<ClassShare> bars = new ArrayList<>(s.length);
        for (int i = 0; i < s.length; i++) {
            bars.add(new ClassShare(names.get(i), s[i], s[i] < ClassShare.LOW));
        }
        shares.setAll(bars);
        summary.set(String.format(Locale.ROOT, "epoch %d · Fréchet distance %.2f · coverage %d/%d · score %.2f",
                m.epoch(), m.fid(), m.coverage(), s.length, m.score()));
        collapsed.set(m.collapsed());
        warning.set(m.collapsed() ? warningText(m, bars) : "");
        shown.set(true);
        revision.set(revision.get() + 1);
    }

    /**
     * The figures of a reopened run, from its metrics.csv: charted like live ones. The file keeps
     * no class shares, so the bars and the collapse warning stay empty until the run trains on.
     */
    public void restore(List<QualityRow> rows) {
        for (QualityRow r : rows) {
            if (Double.isFinite(r.fid())) {
                fid.add(r.epoch(), r.fid());
            }
            if (Double.isFinite(r.score())) {
                score.add(r.epoch(), r.score());
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        restored += rows.size();
        QualityRow last = rows.get(rows.size() - 1);
        summary.set(String.format(Locale.ROOT, "epoch %d · Fréchet distance %.2f · coverage %d · score %.2f (saved run)",
                last.epoch(), last.fid(), last.coverage(), last.score()));
        shown.set(true);
        revision.set(revision.get() + 1);
    }

    private boolean measured() {
        return !history.isEmpty() || restored > 0;
    }

    private static String warningText(MetricsComputed m, List<ClassShare> bars) {
        ClassShare top = bars.stream().max(java.util.Comparator.comparingDouble(ClassShare::share)).orElse(null);
        String most = top == null ? "" : String.format(Locale.ROOT, "; \"%s\" is %.0f%% of them", top.name(), 100 * top.share());
        return String.format(Locale.ROOT, "Mode collapse at epoch %d: the generator draws only %d of %d classes%s. "
                + "Try a lower learning rate G, more D steps, or another loss (wgan-gp).", m.epoch(), m.coverage(), bars.size(), most);
    }

    public void clear() {
        history.clear();
        restored = 0;
        fid.clear();
        score.clear();
        shares.clear();
        collapsed.set(false);
        warning.set("");
        summary.set("");
        shown.set(asked);
        revision.set(revision.get() + 1);
    }
}
