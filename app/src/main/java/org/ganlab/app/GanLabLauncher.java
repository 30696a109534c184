package org.ganlab.app;

import javafx.application.Application;

/**
 * The fat jar's main class. It does not extend {@link Application}, so the JavaFX launcher does
 * not insist on the module path and {@code java -jar ganlab-app-all.jar} works from the class path.
 */
public final class GanLabLauncher {

    private GanLabLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(GanLabApp.class, args);
    }
}
