package org.ganlab.app.views;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.viewmodels.GenerateViewModel;

/** The generate page: a fresh grid with re-roll, and a latent interpolation slider. */
public final class GenerateView {

    private final GenerateViewModel vm;
    private final HBox root = new HBox(16);

    private final java.nio.file.Path runsRoot;

    public GenerateView(GenerateViewModel vm, java.nio.file.Path runsRoot) {
        this.vm = vm;
        this.runsRoot = runsRoot;
        createView();
    }

    public Node root() {
        return root;
    }

    private void createView() {
        Label title = new Label("Generate");
        title.getStyleClass().add("panel-title");
        Button generate = new Button("Generate");
        generate.setId("btn-generate");
        generate.getStyleClass().add("accent");
        generate.setOnAction(e -> vm.generate());
        Button reroll = new Button("⟳  Re-roll");
        reroll.setId("btn-reroll");
        reroll.setOnAction(e -> vm.reroll());
        Label message = new Label();
        message.getStyleClass().add("caption");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Button saved = new Button("Saved run…");
        saved.setId("btn-generate-saved");
        saved.setTooltip(new javafx.scene.control.Tooltip("Draw from the generator saved in a run folder"));
        FileDialogs dialogs = new FileDialogs(root, runsRoot);
        saved.setOnAction(e -> vm.useSavedRun(dialogs.chooseFolder("Generate from a saved run")));
        Button current = new Button("Train page's run");
        current.setOnAction(e -> vm.useTrainingRun());
        current.visibleProperty().bind(vm.savedRunProperty().isNotNull());
        current.managedProperty().bind(current.visibleProperty());
        javafx.scene.control.ComboBox<String> classBox = new javafx.scene.control.ComboBox<>();
        classBox.setId("generate-class");
        classBox.setPromptText("Class");
        classBox.setTooltip(new javafx.scene.control.Tooltip("A conditional generator draws the class you pick"));
        classBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.classes()));
        classBox.managedProperty().bind(classBox.visibleProperty());
        vm.classes().addListener((javafx.collections.ListChangeListener<String>) c -> classChoices(classBox));
        classChoices(classBox);
        classBox.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> vm.chosenClassProperty().set(now.intValue() - 1));
        HBox head = new HBox(10, title, generate, reroll, classBox, saved, current);
        head.setAlignment(Pos.CENTER_LEFT);
        ImageView grid = view(vm.gridProperty(), 480, "generate-grid");
        VBox left = new VBox(10, head, message, frame(grid, 480, "Press Generate for new samples"));
        left.getStyleClass().add("card");

        Label interTitle = new Label("Walk between two latent points");
        interTitle.getStyleClass().add("panel-title");
        Slider t = new Slider(0, 1, 0.5);
        t.setId("interpolation-slider");
        t.valueProperty().bindBidirectional(vm.tProperty());
        HBox.setHgrow(t, Priority.ALWAYS);
        HBox ends = new HBox(12, labelled("A", frame(view(vm.pointAProperty(), 96, "point-a"), 96, "")), t,
                labelled("B", frame(view(vm.pointBProperty(), 96, "point-b"), 96, "")));
        ends.setMaxWidth(640);
        ends.setAlignment(Pos.CENTER);
        Label hint = new Label("Drag the slider: the image morphs smoothly when the generator has learned a smooth latent space.");
        hint.getStyleClass().add("help");
        hint.setWrapText(true);
        VBox right = new VBox(12, interTitle, hint,
                frame(view(vm.betweenProperty(), 300, "interpolated"), 300, "The image between A and B"), ends);
        right.setAlignment(Pos.TOP_CENTER);
        right.getStyleClass().add("card");
        HBox.setHgrow(right, Priority.ALWAYS);
        root.getChildren().addAll(left, right);
        root.getStyleClass().add("workspace");
    }

    /** "Every class" first, then the classes: index i in the box is class i - 1. */
    private void classChoices(javafx.scene.control.ComboBox<String> box) {
        java.util.List<String> items = new java.util.ArrayList<>();
        if (!vm.classes().isEmpty()) {
            items.add("Every class");
            vm.classes().forEach(c -> items.add("Class " + c));
        }
        box.getItems().setAll(items);
        if (!items.isEmpty()) {
            box.getSelectionModel().select(0);
        }
    }

    private static Node frame(ImageView content, double size, String placeholder) {
        Label empty = new Label(placeholder);
        empty.getStyleClass().add("placeholder");
        empty.visibleProperty().bind(content.imageProperty().isNull());
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(empty, content);
        box.getStyleClass().addAll("image-frame", "fixed");
        box.setMinSize(size + 12, size + 12);
        box.setMaxSize(size + 12, size + 12);
        return box;
    }

    private static Node labelled(String text, Node content) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        VBox box = new VBox(4, content, l);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static ImageView view(javafx.beans.value.ObservableValue<GridImage> image, double size, String id) {
        ImageView v = new ImageView();
        v.setId(id);
        v.setFitWidth(size);
        v.setFitHeight(size);
        v.setPreserveRatio(true);
        v.setSmooth(false);
        image.addListener((obs, was, now) -> v.setImage(now == null ? null
                : FxImages.of(now, Math.max(1, (int) Math.ceil(size / now.width())))));
        return v;
    }
}
