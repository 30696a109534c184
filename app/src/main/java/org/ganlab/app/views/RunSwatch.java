package org.ganlab.app.views;

import java.awt.Color;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.ganlab.app.charts.ChartTheme;

/** A run's name after a square of its colour: run {@code i} has the same colour on every chart. */
final class RunSwatch {

    private RunSwatch() {
    }

    static Label labelled(String name, int index) {
        Region swatch = new Region();
        swatch.getStyleClass().add("run-swatch");
        Color c = ChartTheme.run(index);
        swatch.setStyle(String.format(Locale.ROOT, "-fx-background-color: #%06x;", c.getRGB() & 0xffffff));
        Label label = new Label(name, swatch);
        label.getStyleClass().add("setting-head");
        return label;
    }
}
