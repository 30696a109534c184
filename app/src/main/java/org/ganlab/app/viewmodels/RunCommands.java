package org.ganlab.app.viewmodels;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * What the header's Train, Pause, Step, Stop and Reset buttons (and F5–F8, Ctrl+R) do on a page
 * that trains: the Train page runs its setup, the 2-D lab its own settings.
 */
public interface RunCommands {

    ObservableBooleanValue canTrainProperty();

    /** "Train", or "Continue" when Train would go on from a checkpoint. */
    ObservableStringValue trainLabelProperty();

    ObservableBooleanValue canPauseProperty();

    /** "Pause" or "Resume". */
    ObservableStringValue pauseLabelProperty();

    ObservableBooleanValue canStepProperty();

    ObservableBooleanValue canStopProperty();

    ObservableBooleanValue canResetProperty();

    void train();

    void togglePause();

    void step();

    void stop();

    void reset();
}
