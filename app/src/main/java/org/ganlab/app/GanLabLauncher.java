package org.ganlab.app;

import java.util.List;
import javafx.application.Application;

/**
 * The fat jar's main class. It does not extend {@link Application}, so the JavaFX launcher does
 * not insist on the module path and {@code java -jar ganlab-app-all.jar} works from the class path.
 *
 * <p>{@code --headless} runs the window off screen (Monocle, software rendering), for the
 * installer's start test: a jpackage launcher takes no JVM options, so this sets them itself,
 * before the toolkit reads them. {@code --smoke-test} (see {@link SmokeTest}) quits once the window is up.
 */
public final class GanLabLauncher {

    static final String HEADLESS = "--headless";

    private GanLabLauncher() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains(HEADLESS)) {
            useMonocle();
        }
        Application.launch(GanLabApp.class, args);
        SmokeTest.exitCode().ifPresent(System::exit);
    }

    /** The same settings as the headless UI tests (app/pom.xml's testfx.flags). */
    private static void useMonocle() {
        if (GanLabLauncher.class.getResource("/com/sun/glass/ui/monocle/MonoclePlatformFactory.class") == null) {
            throw new IllegalStateException(HEADLESS + " needs Monocle (org.testfx:openjfx-monocle) on the class path: "
                    + "the installer's app image has it, the fat jar does not");
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1600x1000-32");
    }
}
