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
    private final FileDialogs dialogs;

    public SetupView(TrainingViewModel vm, java.nio.file.Path runsRoot) {
        this.vm = vm;
        this.dialogs = new FileDialogs(root, runsRoot);
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
            if (g == HyperParameter.Group.GENERATOR || g == HyperParameter.Group.DISCRIMINATOR) {
                header.textProperty().bind(Bindings.when(vm.setup().betasApplyProperty())
                        .then(g.title() + " (Adam)").otherwise(g.title() + " (RMSProp)"));
                box.getChildren().add(optimizerNote());
            }
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
        Label hint = new Label();
        hint.setId("hint-" + p.key());
        hint.getStyleClass().addAll("help", "field-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(f.hintProperty());
        hint.visibleProperty().bind(f.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        VBox row = new VBox(2, head, help, hint, error);
        row.getStyleClass().add("field");
        if (p == HyperParameter.BETA1_G || p == HyperParameter.BETA2_G || p == HyperParameter.BETA1_D
                || p == HyperParameter.BETA2_D) {
            row.disableProperty().bind(vm.setup().betasApplyProperty().not());
        }
        if (p == HyperParameter.LABEL_SMOOTHING) {
            offWithReason(head, help, row, f);
        }
        if (p == HyperParameter.DATASET) {
            row.getChildren().addAll(folderButtons(), dataSource());
        }
        return row;
    }

    /**
     * Label smoothing is off for the losses that ignore it. Only the field's own nodes are disabled:
     * a disabled node shows no tooltip, so the row keeps the one that says why.
     */
    private void offWithReason(Node head, Node help, VBox row, ParameterField f) {
        var applies = vm.setup().labelSmoothingAppliesProperty();
        head.disableProperty().bind(applies.not());
        help.disableProperty().bind(applies.not());
        Tooltip why = new Tooltip();
        why.textProperty().bind(f.hintProperty());
        applies.addListener((obs, was, now) -> installIf(!now, row, why));
        installIf(!applies.get(), row, why);
    }

    private static void installIf(boolean on, Node node, Tooltip tooltip) {
        if (on) {
            Tooltip.install(node, tooltip);
        } else {
            Tooltip.uninstall(node, tooltip);
        }
    }

    private Node editor(ParameterField f) {
        HyperParameter p = f.parameter();
        if (p.kind() == org.ganlab.app.viewmodels.ConfigValue.Kind.CHOICE) {
            ComboBox<String> box = new ComboBox<>(p == HyperParameter.DATASET ? vm.setup().datasetChoices()
                    : FXCollections.observableArrayList(p.choices()));
            box.setId("field-" + p.key());
            if (p == HyperParameter.DATASET) {
                box.setConverter(new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(String value) {
                        return shortName(value);
                    }

                    @Override
                    public String fromString(String text) {
                        return text;
                    }
                });
                box.setTooltip(new Tooltip());
                box.getTooltip().textProperty().bind(f.textProperty());
            }
            box.valueProperty().bindBidirectional(f.textProperty());
            box.setPrefWidth(p == HyperParameter.DATASET ? 150 : 110);
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

    /** "images: photos" for "images:/home/me/photos": a folder's own name fits the box; the tooltip has the path. */
    static String shortName(String dataset) {
        if (dataset == null) {
            return "";
        }
        int colon = dataset.indexOf(':');
        if (colon < 3) {
            return dataset;
        }
        java.nio.file.Path name = java.nio.file.Path.of(dataset.substring(colon + 1)).getFileName();
        return dataset.substring(0, colon) + ": " + (name == null ? dataset.substring(colon + 1) : name);
    }

    private Node optimizerNote() {
        Label note = new Label("RMSProp, as the original WGAN trains: it has no momentum, so β1 and β2 do not apply.");
        note.getStyleClass().add("help");
        note.setWrapText(true);
        note.visibleProperty().bind(vm.setup().betasApplyProperty().not());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private Node folderButtons() {
        Button idx = new Button("Import IDX folder…");
        idx.setId("btn-import-idx");
        idx.getStyleClass().add("small");
        idx.setTooltip(new Tooltip("A folder of MNIST-style IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte, …)"));
        idx.setOnAction(e -> vm.setup().useIdxFolder(dialogs.chooseFolder("Import a folder of IDX files")));
        javafx.scene.control.MenuButton images = new javafx.scene.control.MenuButton("Image folder…");
        images.setId("btn-image-folder");
        images.getStyleClass().add("small");
        images.setTooltip(new Tooltip("PNG/JPEG images of any size, centre-cropped and resized; unreadable files are skipped"));
        javafx.scene.control.MenuItem at64 = new javafx.scene.control.MenuItem("64×64 (dcgan64)…");
        at64.setOnAction(e -> vm.setup().useImageFolder(dialogs.chooseFolder("Train on a folder of images (64×64)"), 64));
        javafx.scene.control.MenuItem at32 = new javafx.scene.control.MenuItem("32×32 (dcgan32)…");
        at32.setOnAction(e -> vm.setup().useImageFolder(dialogs.chooseFolder("Train on a folder of images (32×32)"), 32));
        images.getItems().addAll(at64, at32);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {idx, images}) {
            c.setMaxWidth(Double.MAX_VALUE);
            c.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        HBox box = new HBox(6, idx, images);
        box.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        return box;
    }

    private Node dataSource() {
        var ds = vm.dataSource();
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("dataset-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(ds.progressProperty());
        bar.visibleProperty().bind(ds.loadingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label message = new Label();
        message.setId("dataset-message");
        message.setWrapText(true);
        message.getStyleClass().add("help");
        message.textProperty().bind(ds.messageProperty());
        message.visibleProperty().bind(ds.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        ds.warningProperty().addListener((obs, was, now) -> message.pseudoClassStateChanged(WARNING, now));
        message.pseudoClassStateChanged(WARNING, ds.warningProperty().get());
        return new VBox(4, bar, message);
    }

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private void commitOnBlur(boolean focused) {
        if (!focused) {
            vm.applyLiveChanges();
        }
    }
}
