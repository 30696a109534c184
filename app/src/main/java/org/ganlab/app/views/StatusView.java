package org.ganlab.app.views;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.StatusBar;
import org.ganlab.app.viewmodels.DoctorViewModel;
import org.ganlab.app.viewmodels.StatusViewModel;

/**
 * The status bar: the doctor's verdict and a message on the left; epoch, iteration, speed, ETA,
 * backend and memory on the right.
 */
public final class StatusView {

    private final StatusViewModel vm;
    private final StatusBar root = new StatusBar();

    public StatusView(StatusViewModel vm) {
        this.vm = vm;
        createView();
    }

    public Node root() {
        return root;
    }

    private void createView() {
        root.setId("status-bar");
        root.textProperty().bind(vm.messageProperty());
        Label activity = item("status-activity", vm.activityTextProperty());
        activity.getStyleClass().add("status-activity");
        activity.visibleProperty().bind(vm.activityTextProperty().isNotEmpty());
        activity.managedProperty().bind(activity.visibleProperty());
        root.getRightItems().addAll(activity,
                item("status-epoch", vm.epochTextProperty()), separator(),
                item("status-iteration", vm.iterationTextProperty()), separator(),
                item("status-rate", vm.rateTextProperty()), separator(),
                item("status-eta", vm.etaTextProperty()), separator(),
                item("status-backend", vm.backendTextProperty()), separator(),
                item("status-memory", vm.memoryTextProperty()));
    }

    /** The doctor's verdict, short and coloured, before the message; hidden until there is one. */
    public void showVerdict(DoctorViewModel doctor) {
        Label verdict = item("status-verdict", doctor.statusTextProperty());
        verdict.getStyleClass().add("doctor-status");
        verdict.visibleProperty().bind(doctor.statusTextProperty().isNotEmpty());
        verdict.managedProperty().bind(verdict.visibleProperty());
        Runnable colour = () -> {
            verdict.getStyleClass().removeIf(c -> c.startsWith("doctor-") && !c.equals("doctor-status"));
            verdict.getStyleClass().add(DoctorView.severityClass(doctor.kindProperty().get(), doctor.severityProperty().get()));
        };
        doctor.kindProperty().addListener((obs, was, now) -> colour.run());
        doctor.severityProperty().addListener((obs, was, now) -> colour.run());
        colour.run();
        root.getLeftItems().add(verdict);
    }

    private static Label item(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-item");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        return l;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
