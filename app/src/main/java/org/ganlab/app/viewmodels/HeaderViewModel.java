package org.ganlab.app.viewmodels;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The header's run buttons and F5–F8 / Ctrl+R: they act on the page shown (the Train page's
 * run, the 2-D lab's run), and are disabled on pages that train nothing (null).
 */
public final class HeaderViewModel {

    private final ObjectProperty<RunCommands> page = new SimpleObjectProperty<>();

    public HeaderViewModel(RunCommands first) {
        page.set(first);
    }

    /** The commands of the page shown; null on a page that trains nothing. */
    public ObjectProperty<RunCommands> pageProperty() { return page; }

    public ObservableValue<Boolean> canTrainProperty() { return flag(RunCommands::canTrainProperty); }

    public ObservableValue<String> trainLabelProperty() {
        return page.flatMap(RunCommands::trainLabelProperty).orElse("Train");
    }

    public ObservableValue<Boolean> canPauseProperty() { return flag(RunCommands::canPauseProperty); }

    public ObservableValue<String> pauseLabelProperty() {
        return page.flatMap(RunCommands::pauseLabelProperty).orElse("Pause");
    }

    public ObservableValue<Boolean> canStepProperty() { return flag(RunCommands::canStepProperty); }

    public ObservableValue<Boolean> canStopProperty() { return flag(RunCommands::canStopProperty); }

    public ObservableValue<Boolean> canResetProperty() { return flag(RunCommands::canResetProperty); }

    private ObservableValue<Boolean> flag(Function<RunCommands, ObservableValue<Boolean>> of) {
        return page.flatMap(of).orElse(false);
    }

    // ---- Commands: each only when the page shown allows it (a shortcut pressed on a disabled button does nothing)

    public void train() {
        if (allowed(RunCommands::canTrainProperty)) {
            page.get().train();
        }
    }

    public void togglePause() {
        if (allowed(RunCommands::canPauseProperty)) {
            page.get().togglePause();
        }
    }

    public void step() {
        if (allowed(RunCommands::canStepProperty)) {
            page.get().step();
        }
    }

    public void stop() {
        if (allowed(RunCommands::canStopProperty)) {
            page.get().stop();
        }
    }

    public void reset() {
        if (allowed(RunCommands::canResetProperty)) {
            page.get().reset();
        }
    }

    private boolean allowed(Function<RunCommands, ObservableValue<Boolean>> of) {
        RunCommands p = page.get();
        return p != null && Boolean.TRUE.equals(of.apply(p).getValue());
    }
}
