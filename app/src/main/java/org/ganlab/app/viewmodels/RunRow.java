package org.ganlab.app.viewmodels;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ganlab.app.model.RunInfo;
import org.ganlab.engine.train.TrainingConfig;

/** One line of the runs table: a run folder's summary, formatted. */
public final class RunRow {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final RunInfo info;

    public RunRow(RunInfo info) {
        this.info = info;
    }

    public RunInfo info() { return info; }

    public String date() { return DATE.format(info.modified()); }

    public String name() { return info.name(); }

    public String dataset() { return info.config() == null ? "?" : info.config().dataset(); }

    public String model() {
        return info.config() == null ? "unreadable" : info.config().model() + " · " + info.config().loss();
    }

    /** The hyperparameters that most often differ between runs. */
    public String hyperparameters() {
        TrainingConfig c = info.config();
        if (c == null) {
            return "";
        }
        return "lr G " + SetupViewModel.number(c.learningRateG()) + " · lr D " + SetupViewModel.number(c.learningRateD())
                + " · batch " + c.batchSize() + " · z " + c.latentSize()
                + (c.labelSmoothing() > 0 ? " · smooth " + SetupViewModel.number(c.labelSmoothing()) : "")
                + (c.dStepsPerGStep() > 1 ? " · D/G " + c.dStepsPerGStep() : "")
                + (c.subset() > 0 ? " · subset " + c.subset() : "");
    }

    public String progress() {
        String total = info.config() == null ? "?" : Integer.toString(info.config().epochs());
        return info.epochs() + " / " + total + " ep · " + String.format(Locale.ROOT, "%,d it", info.iterations());
    }

    /** The live changes made while it trained, e.g. "2: lr G 2e-4→2e-3 @1190, D/G 1→2 @1190". */
    public String changes() {
        return ChangeText.summary(info.changes());
    }

    public String losses() {
        return Double.isNaN(info.lastDLoss()) ? "–"
                : String.format(Locale.ROOT, "D %.3f · G %.3f", info.lastDLoss(), info.lastGLoss());
    }
}
