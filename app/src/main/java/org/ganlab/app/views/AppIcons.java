package org.ganlab.app.views;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The app icon (assets/icons/, copied into the jar by app/pom.xml) at every size it was drawn in:
 * a stage given all of them lets the window manager pick the title bar's and the taskbar's.
 */
public final class AppIcons {

    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private AppIcons() {
    }

    /** The icons found, smallest first; none (and a plain window) if the resources are missing. */
    public static List<Image> all() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            InputStream png = AppIcons.class.getResourceAsStream("/org/ganlab/app/icons/ganlab-" + size + ".png");
            if (png != null) {
                icons.add(new Image(png));
            }
        }
        return icons;
    }
}
