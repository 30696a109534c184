package org.ganlab.app.views;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** Save and open dialogs, starting in the runs folder. Null when the user cancels. */
public final class FileDialogs {

    private final Node owner;
    private final Path start;

    public FileDialogs(Node owner, Path start) {
        this.owner = owner;
        this.start = start;
    }

    public Path saveFile(String title, String name, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        existing().ifPresent(chooser::setInitialDirectory);
        File f = chooser.showSaveDialog(owner.getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    public Path chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        existing().ifPresent(chooser::setInitialDirectory);
        File f = chooser.showDialog(owner.getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    private java.util.Optional<File> existing() {
        File dir = start.toFile();
        return dir.isDirectory() ? java.util.Optional.of(dir) : java.util.Optional.empty();
    }
}
