package org.ganlab.app.views;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.ganlab.app.viewmodels.Notice;

/**
 * Notifications drawn inside the window (top right, newest on top, at most three): errors stay
 * 12 s, other notices 5 s, and any can be closed. Inside the scene rather than a popup window,
 * so they follow the window and show in headless tests too.
 */
public final class NoticeView {

    private static final int MAX = 3;

    private final VBox root = new VBox(8);

    public NoticeView() {
        root.setId("notices");
        root.setAlignment(Pos.TOP_RIGHT);
        root.setPickOnBounds(false);
        root.setMaxWidth(Region.USE_PREF_SIZE);
        root.setMaxHeight(Region.USE_PREF_SIZE);
        root.getStyleClass().add("notices");
    }

    public Node root() {
        return root;
    }

    public void show(Notice notice) {
        if (notice == null) {
            return;
        }
        Label title = new Label(notice.title());
        title.getStyleClass().add("notice-title");
        Label text = new Label(notice.text());
        text.getStyleClass().add("notice-text");
        text.setWrapText(true);
        text.setMaxWidth(360);
        Button close = new Button("×");
        close.getStyleClass().add("notice-close");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, close);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, head, text);
        card.getStyleClass().addAll("notice", notice.level().name().toLowerCase());
        card.setPrefWidth(390);
        close.setOnAction(e -> root.getChildren().remove(card));
        root.getChildren().add(0, card);
        if (root.getChildren().size() > MAX) {
            root.getChildren().remove(MAX, root.getChildren().size());
        }
        PauseTransition wait = new PauseTransition(Duration.seconds(notice.level() == Notice.Level.ERROR ? 12 : 5));
        wait.setOnFinished(e -> fadeOut(card));
        wait.play();
    }

    private void fadeOut(Node card) {
        FadeTransition fade = new FadeTransition(Duration.millis(300), card);
        fade.setToValue(0);
        fade.setOnFinished(e -> root.getChildren().remove(card));
        fade.play();
    }
}
