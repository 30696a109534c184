package org.ganlab.app.views;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.List;
import org.ganlab.app.charts.DiagnosisMarks;
import org.ganlab.app.charts.DoctorCharts;
import org.ganlab.app.charts.TrainingCharts;
import org.ganlab.app.charts.TrainingCharts.Charts;
import org.ganlab.app.model.ChartMarker;
import org.ganlab.app.model.DiagnosisSpan;
import org.ganlab.app.viewmodels.DoctorViewModel;
import org.ganlab.app.viewmodels.GradientNormsViewModel;
import org.ganlab.app.viewmodels.MetricsViewModel;
import org.jfree.chart.fx.ChartViewer;

/**
 * The live charts: losses, D's outputs on real and generated images, and the gradient norms; the
 * training doctor's diagnoses shaded on all three, the loss family's equilibrium as reference lines.
 */
public final class ChartsView {

    private final MetricsViewModel vm;
    private final Charts charts;
    private final DoctorViewModel doctor;
    private final GradientNormsViewModel gradientsVm;
    private final DoctorCharts.Gradients gradients;
    private final DiagnosisMarks diagnoses;
    private final VBox root = new VBox(8);
    private long shownRevision = -1;

    public ChartsView(MetricsViewModel vm, DoctorViewModel doctor, GradientNormsViewModel gradients) {
        this.vm = vm;
        this.doctor = doctor;
        this.gradientsVm = gradients;
        this.charts = TrainingCharts.create(vm);
        this.gradients = DoctorCharts.gradients(gradients);
        this.diagnoses = new DiagnosisMarks(List.of(charts.losses(), charts.outputs(), this.gradients.chart()));
        createView();
        initListeners();
    }

    public Node root() {
        return root;
    }

    public Charts charts() {
        return charts;
    }

    /** The doctor's bands on the loss, output and gradient charts. */
    public DiagnosisMarks diagnosisMarks() {
        return diagnoses;
    }

    public DoctorCharts.Gradients gradients() {
        return gradients;
    }

    /** How many times the charts were told to redraw (tests check that it stays per batch). */
    public long shownRevision() {
        return shownRevision;
    }

    private void createView() {
        ChartViewer losses = new ChartViewer(charts.losses());
        losses.setId("chart-losses");
        ChartViewer outputs = new ChartViewer(charts.outputs());
        outputs.setId("chart-outputs");
        ChartViewer norms = new ChartViewer(gradients.chart());
        norms.setId("chart-gradients");
        for (ChartViewer v : new ChartViewer[] {losses, outputs, norms}) {
            v.getStyleClass().add("chart-card");
            v.setMinSize(200, 150);
            VBox.setVgrow(v, Priority.ALWAYS);
        }
        root.getChildren().addAll(losses, outputs, norms);
        root.getStyleClass().add("charts");
        root.setMinWidth(380);
        // a chart viewer's preferred width is its canvas's current width, which only grows: a pref
        // of the minimum makes the column take the room left over (it grows) and never squeeze the samples
        root.setPrefWidth(380);
    }

    private void initListeners() {
        vm.revisionProperty().addListener((obs, was, now) -> redraw(now.longValue()));
        vm.markers().addListener((ListChangeListener<ChartMarker>) this::markersChanged);
        vm.labelsProperty().addListener((obs, was, now) -> charts.relabel(now));
        gradientsVm.revisionProperty().addListener((obs, was, now) -> gradients.refresh());
        doctor.spans().addListener((ListChangeListener<DiagnosisSpan>) c -> diagnoses.show(doctor.spans()));
        doctor.referencesProperty().addListener((obs, was, now) ->
                DoctorCharts.showReferences(charts.losses(), charts.outputs(), now));
        DoctorCharts.showReferences(charts.losses(), charts.outputs(), doctor.referencesProperty().get());
    }

    private void redraw(long revision) {
        shownRevision = revision;
        charts.refresh();
    }

    private void markersChanged(ListChangeListener.Change<? extends ChartMarker> change) {
        charts.clearMarks();
        vm.markers().forEach(charts::mark);
    }
}
