package org.ganlab.app.views;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ganlab.app.model.DiagnosisText;
import org.ganlab.app.viewmodels.DoctorViewModel;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;

/**
 * The Doctor panel under the sample grid: the verdict in one line, coloured by severity; the
 * run's diagnoses, each with its iterations, summary, advice and evidence (the kind's explanation
 * as a tooltip); clicking one shows its explanation below and the timeline's snapshot of where it
 * began.
 */
public final class DoctorView {

    private static final List<String> SEVERITY_CLASSES =
            List.of("doctor-healthy", "doctor-info", "doctor-warning", "doctor-critical");

    private final DoctorViewModel vm;
    private final VBox root = new VBox(6);
    private final Label verdict = new Label();
    private final ListView<Diagnosis> list = new ListView<>();
    private final Label explanation = new Label();

    public DoctorView(DoctorViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
    }

    public Node root() {
        return root;
    }

    /** The style class of a verdict or diagnosis: healthy is green whatever its severity. */
    static String severityClass(DiagnosisKind kind, Severity severity) {
        if (kind == DiagnosisKind.HEALTHY) {
            return "doctor-healthy";
        }
        return switch (severity) {
            case INFO -> "doctor-info";
            case WARNING -> "doctor-warning";
            case CRITICAL -> "doctor-critical";
        };
    }

    private void createView() {
        Label title = new Label("Training doctor");
        title.getStyleClass().add("panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        verdict.setId("doctor-verdict");
        verdict.getStyleClass().add("doctor-verdict");
        verdict.textProperty().bind(vm.verdictProperty());
        verdict.setMaxWidth(Double.MAX_VALUE);
        verdict.setMinWidth(0);
        Tooltip full = new Tooltip();
        full.textProperty().bind(vm.verdictProperty());
        full.setWrapText(true);
        full.setMaxWidth(420);
        verdict.setTooltip(full);
        HBox.setHgrow(verdict, Priority.ALWAYS);
        HBox header = new HBox(10, title, verdict);
        header.setAlignment(Pos.CENTER_LEFT);

        Label diversity = new Label();
        diversity.setId("doctor-diversity");
        diversity.getStyleClass().add("caption");
        diversity.textProperty().bind(vm.diversityProperty());
        diversity.visibleProperty().bind(vm.diversityProperty().isNotEmpty());
        diversity.managedProperty().bind(diversity.visibleProperty());

        list.setId("doctor-list");
        list.setItems(vm.diagnoses());
        list.setCellFactory(l -> new DiagnosisCell());
        list.setPlaceholder(new Label("No problem diagnosed so far. Diagnoses collect here with what to try."));
        list.setMinHeight(90);
        list.setPrefHeight(160);
        VBox.setVgrow(list, Priority.ALWAYS);

        explanation.setId("doctor-explanation");
        explanation.getStyleClass().add("help");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.visibleProperty().bind(explanation.textProperty().isNotEmpty());
        explanation.managedProperty().bind(explanation.visibleProperty());

        root.getChildren().addAll(header, diversity, list, explanation);
        root.setId("doctor-panel");
        root.getStyleClass().addAll("card", "doctor");
        // long verdicts are cut, not allowed to widen the right column
        root.setMinWidth(0);
        root.setPrefWidth(100);
        root.setMinHeight(150);
        root.setPrefHeight(235);
        root.setMaxHeight(235);
    }

    private void initListeners() {
        Runnable colour = () -> setSeverity(verdict, severityClass(vm.kindProperty().get(), vm.severityProperty().get()));
        vm.severityProperty().addListener((obs, was, now) -> colour.run());
        vm.kindProperty().addListener((obs, was, now) -> colour.run());
        colour.run();
        explanation.textProperty().bind(Bindings.createStringBinding(() -> {
            Diagnosis d = vm.selectedProperty().get();
            return d == null ? "" : d.kind().title() + ": " + d.kind().explanation();
        }, vm.selectedProperty()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.select(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    private static void setSeverity(Node n, String styleClass) {
        n.getStyleClass().removeAll(SEVERITY_CLASSES);
        n.getStyleClass().add(styleClass);
    }

    /**
     * One diagnosis: its title and iterations, summary, advice and evidence. A click picks it (not
     * a selection change: the list re-selects on its own when an entry is replaced as it ends).
     */
    private final class DiagnosisCell extends ListCell<Diagnosis> {
        private final Label headline = new Label();
        private final Label summary = new Label();
        private final Label advice = new Label();
        private final Label evidence = new Label();
        private final VBox box = new VBox(2, headline, summary, advice, evidence);

        DiagnosisCell() {
            headline.getStyleClass().add("doctor-headline");
            evidence.getStyleClass().add("caption");
            advice.getStyleClass().add("doctor-advice");
            for (Label l : List.of(summary, advice, evidence)) {
                l.setWrapText(true);
            }
            box.getStyleClass().add("doctor-entry");
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (getItem() != null) {
                    vm.select(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Diagnosis d, boolean empty) {
            super.updateItem(d, empty);
            setText(null);
            if (empty || d == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            headline.setText(d.kind().title() + " · " + DiagnosisText.range(d));
            setSeverity(headline, severityClass(d.kind(), d.severity()));
            summary.setText(d.summary());
            advice.setText(d.advice() == null || d.advice().isBlank() ? "" : "Try: " + d.advice());
            advice.setVisible(!advice.getText().isEmpty());
            advice.setManaged(advice.isVisible());
            evidence.setText(DiagnosisText.evidence(d));
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(28));
            setGraphic(box);
            Tooltip tip = new Tooltip(d.kind().explanation());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            setTooltip(tip);
        }
    }
}
