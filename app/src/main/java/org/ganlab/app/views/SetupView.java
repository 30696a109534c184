package org.ganlab.app.views;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ganlab.app.viewmodels.HyperParameter;
import org.ganlab.app.viewmodels.ParameterField;
import org.ganlab.app.viewmodels.TrainingViewModel;

/**
 * The setup panel: every hyperparameter, grouped, each with a one-line explanation under it and
 * its problem (if any) in red right below. Live fields carry a "live" badge; committing one
 * (Enter, or leaving the field) sends it to the running trainer.
 */
public final class SetupView {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TrainingViewModel vm;
    private final ScrollPane root = new ScrollPane();

    public SetupView(TrainingViewModel vm) {
        this.vm = vm;
        createView();
    }

    public Node root() {
        return root;
    }

    private void createView() {
        VBox content = new VBox(14);
        content.getStyleClass().add("setup");
        Label title = new Label("Setup");
        title.getStyleClass().add("panel-title");
        content.getChildren().addAll(title, resetBanner());
        Map<HyperParameter.Group, VBox> groups = new EnumMap<>(HyperParameter.Group.class);
        for (HyperParameter.Group g : HyperParameter.Group.values()) {
            Label header = new Label(g.title());
            header.getStyleClass().add("group-title");
            VBox box = new VBox(8, header);
            box.getStyleClass().add("group");
            groups.put(g, box);
            content.getChildren().add(box);
        }
        for (ParameterField f : vm.setup().fields()) {
            groups.get(f.parameter().group()).getChildren().add(row(f));
        }
        Label problems = new Label();
        problems.setId("setup-problems");
        problems.getStyleClass().add("problems");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.when(vm.setup().validProperty())
                .then("").otherwise(Bindings.concat("Not valid yet, so Train is off:\n",
                        vm.setup().problemsProperty())));
        problems.visibleProperty().bind(vm.setup().validProperty().not());
        problems.managedProperty().bind(problems.visibleProperty());
        content.getChildren().add(1, problems);
        root.setContent(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("setup-scroll");
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setMinWidth(300);
        root.setPrefWidth(330);
    }

    private Node resetBanner() {
        Label text = new Label("Model, data or batch changed: these need a new run.");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button reset = new Button("Reset");
        reset.setOnAction(e -> vm.reset());
        HBox banner = new HBox(10, text, reset);
        banner.setId("reset-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("banner");
        banner.visibleProperty().bind(vm.resetNeededProperty().and(
                Bindings.createBooleanBinding(() -> vm.getState().isActive(), vm.stateProperty())));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node row(ParameterField f) {
        HyperParameter p = f.parameter();
        Label name = new Label(p.label());
        name.getStyleClass().add("field-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, name);
        head.setAlignment(Pos.CENTER_LEFT);
        if (p.live()) {
            Label live = new Label("live");
            live.getStyleClass().add("badge");
            live.setMinWidth(Region.USE_PREF_SIZE);
            live.setTooltip(new Tooltip("Changes apply at the next iteration while training"));
            head.getChildren().add(live);
        }
        head.getChildren().addAll(spacer, editor(f));
        Label help = new Label(p.help());
        help.getStyleClass().add("help");
        help.setWrapText(true);
        Label error = new Label();
        error.setId("error-" + p.key());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(f.errorProperty());
        error.visibleProperty().bind(f.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox row = new VBox(2, head, help, error);
        row.getStyleClass().add("field");
        return row;
    }

    private Node editor(ParameterField f) {
        HyperParameter p = f.parameter();
        if (p.kind() == HyperParameter.Kind.CHOICE) {
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(p.choices()));
            box.setId("field-" + p.key());
            box.valueProperty().bindBidirectional(f.textProperty());
            box.setPrefWidth(110);
            return box;
        }
        TextField text = new TextField();
        text.setId("field-" + p.key());
        text.setPrefColumnCount(6);
        text.setPrefWidth(96);
        text.getStyleClass().add("number-field");
        text.textProperty().bindBidirectional(f.textProperty());
        f.errorProperty().addListener((obs, was, now) -> text.pseudoClassStateChanged(INVALID, !now.isEmpty()));
        text.setOnAction(e -> vm.applyLiveChanges());
        text.focusedProperty().addListener((obs, was, focused) -> commitOnBlur(focused));
        return text;
    }

    private void commitOnBlur(boolean focused) {
        if (!focused) {
            vm.applyLiveChanges();
        }
    }
}
