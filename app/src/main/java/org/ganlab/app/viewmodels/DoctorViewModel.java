package org.ganlab.app.viewmodels;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.app.model.DiagnosisSpan;
import org.ganlab.app.model.DiagnosisText;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;
import org.ganlab.engine.loss.Equilibrium;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;

/**
 * The Doctor panel: the training doctor's current verdict in one line, every diagnosis of the run
 * (newest first) with its range, evidence and advice, and the spans the charts and the timeline
 * mark. Fed the engine's doctor events live, or a run folder's saved diagnoses on reopening.
 * Picking a diagnosis shows the timeline's snapshot nearest to where it began.
 */
public final class DoctorViewModel {

    static final String WAITING = "The doctor is watching: a verdict follows after the first few hundred iterations";

    private final TimelineViewModel timeline;
    private final ObservableList<Diagnosis> diagnoses = FXCollections.observableArrayList();
    private final ObservableList<DiagnosisSpan> spans = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(WAITING);
    private final ReadOnlyObjectWrapper<Severity> severity = new ReadOnlyObjectWrapper<>(Severity.INFO);
    private final ReadOnlyObjectWrapper<DiagnosisKind> kind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper diversity = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Diagnosis> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Equilibrium> references = new ReadOnlyObjectWrapper<>(Equilibrium.NONE);

    public DoctorViewModel(TimelineViewModel timeline) {
        this.timeline = timeline;
    }

    // ---- Properties

    /** Every diagnosis of the run but the healthy stretches, newest first; an ended one replaces its ongoing entry. */
    public ObservableList<Diagnosis> diagnoses() { return diagnoses; }

    /** Where the charts and the timeline strip mark a diagnosis, oldest first. */
    public ObservableList<DiagnosisSpan> spans() { return spans; }

    /** The current verdict in one line: "D overpowers G: …", or that none came yet. */
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }

    /** How bad the current verdict is; the view colours the line by it. */
    public ReadOnlyObjectProperty<Severity> severityProperty() { return severity.getReadOnlyProperty(); }

    /** The current verdict's kind; null before the first verdict. */
    public ReadOnlyObjectProperty<DiagnosisKind> kindProperty() { return kind.getReadOnlyProperty(); }

    /** The verdict as short as the status bar has room for ("Doctor: mode collapse"); empty before one. */
    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }

    /** The samples' diversity against the real images' at the latest snapshot; empty before one. */
    public ReadOnlyStringProperty diversityProperty() { return diversity.getReadOnlyProperty(); }

    /** The diagnosis the student picked; the panel shows its kind's explanation. */
    public ReadOnlyObjectProperty<Diagnosis> selectedProperty() { return selected.getReadOnlyProperty(); }

    /** The loss family's equilibrium values, for the charts' reference lines. */
    public ReadOnlyObjectProperty<Equilibrium> referencesProperty() { return references.getReadOnlyProperty(); }

    // ---- Commands

    /** The run's (or the setup's) config: its loss and label smoothing place the reference lines. */
    public void configure(TrainingConfig config) {
        references.set(Equilibrium.of(config.loss(), config.labelSmoothing()));
    }

    /** Applies one engine event; false when it is none of the doctor's. */
    public boolean apply(TrainingEvent e) {
        if (e instanceof TrainingEvent.DiagnosisStarted s) {
            record(s.diagnosis());
        } else if (e instanceof TrainingEvent.DiagnosisEnded d) {
            record(d.diagnosis());
        } else if (e instanceof TrainingEvent.Verdict v) {
            showVerdict(v.current());
        } else if (e instanceof TrainingEvent.DiversityMeasured m) {
            diversity.set(diversityText(m));
        } else {
            return false;
        }
        return true;
    }

    /**
     * A reopened run's saved diagnoses, oldest first as the log has them; a diagnosis logged
     * again when it ended replaces its start. The verdict is the worst one still ongoing at the end.
     */
    public void restore(List<Diagnosis> saved) {
        clear();
        saved.forEach(this::record);
        java.util.Map<String, Diagnosis> last = new java.util.LinkedHashMap<>();
        saved.forEach(d -> last.put(d.kind() + "@" + d.startIteration(), d));
        last.values().stream().filter(Diagnosis::ongoing)
                .max(java.util.Comparator.comparing(Diagnosis::severity).thenComparingLong(Diagnosis::startIteration))
                .ifPresentOrElse(this::showVerdict, () -> verdict.set(saved.isEmpty()
                        ? "No diagnoses were saved with this run"
                        : diagnoses.size() + " diagnos" + (diagnoses.size() == 1 ? "is" : "es")
                        + " in this run; none was ongoing when it stopped"));
    }

    /** The student picked {@code d}: its explanation shows, and the timeline jumps to where it began. */
    public void select(Diagnosis d) {
        selected.set(d);
        if (d != null) {
            timeline.selectIteration(d.startIteration());
        }
    }

    public void clear() {
        diagnoses.clear();
        spans.clear();
        selected.set(null);
        verdict.set(WAITING);
        severity.set(Severity.INFO);
        kind.set(null);
        statusText.set("");
        diversity.set("");
    }

    // ---- Applying

    /** A started diagnosis is added; an ended one replaces the entry it started as. */
    private void record(Diagnosis d) {
        if (!DiagnosisSpan.marked(d)) {
            return;
        }
        int at = indexOfStart(d);
        if (at >= 0) {
            if (selected.get() == diagnoses.get(at)) {
                selected.set(d);
            }
            diagnoses.set(at, d);
        } else {
            diagnoses.add(0, d);
        }
        spans.setAll(diagnoses.stream().map(DiagnosisSpan::of).sorted(java.util.Comparator
                .comparingLong(DiagnosisSpan::start)).toList());
    }

    private int indexOfStart(Diagnosis d) {
        for (int i = 0; i < diagnoses.size(); i++) {
            Diagnosis o = diagnoses.get(i);
            if (o.kind() == d.kind() && o.startIteration() == d.startIteration()) {
                return i;
            }
        }
        return -1;
    }

    private void showVerdict(Diagnosis current) {
        verdict.set(DiagnosisText.verdict(current));
        severity.set(current.severity());
        kind.set(current.kind());
        statusText.set("Doctor: " + current.kind().title());
    }

    /** "Sample diversity 0.21 · real images 0.45 (47% of real) · 3 of 8 modes covered". */
    static String diversityText(TrainingEvent.DiversityMeasured m) {
        double ratio = m.ratio();
        String share = Double.isFinite(ratio) ? String.format(Locale.ROOT, " (%.0f%% of real)", 100 * ratio) : "";
        String modes = m.modes() > 0 ? " · " + m.modesCovered() + " of " + m.modes() + " modes covered" : "";
        return "Sample diversity " + DiagnosisText.number(m.samples()) + " · real images "
                + DiagnosisText.number(m.real()) + share + modes;
    }
}
