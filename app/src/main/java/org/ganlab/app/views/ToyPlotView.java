package org.ganlab.app.views;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.ganlab.app.model.ToyFrame;

/**
 * The 2-D lab's plot on a canvas, axes fixed to [-4.5, 4.5]: D's output as a diverging heat map
 * (blue where D says real, red where it says fake, the plot's own colour at the boundary), real
 * points in green, generated ones in orange, and G's push as short white arrows. Resizes with
 * its pane and stays square.
 */
final class ToyPlotView {

    static final Color BACKGROUND = Color.web("#161920");
    static final Color REAL_SIDE = Color.web("#3b82f6");
    static final Color FAKE_SIDE = Color.web("#ef4444");
    static final Color REAL_POINT = Color.web("#3fb950");
    static final Color GENERATED = Color.web("#ffa657");
    private static final Color GRID_LINE = Color.web("#2c313c");
    private static final Color AXIS = Color.web("#444c56");
    private static final Color LABEL = Color.web("#8b949e");
    /** How strongly the heat map colours the plot at full confidence: points must stay readable. */
    private static final double HEAT = 0.62;
    private static final double MARGIN = 26;

    private final Canvas canvas = new Canvas(600, 600);
    private final Pane root = new Pane(canvas);
    private WritableImage heat;
    private int[] heatPixels;
    private ToyFrame frame;
    private float[] real;
    private float[] drawn;
    private String outputKind = "probability";
    private double scale = 1;

    ToyPlotView() {
        root.getStyleClass().add("toy-plot");
        root.setMinSize(300, 300);
        root.widthProperty().addListener((obs, was, now) -> resize());
        root.heightProperty().addListener((obs, was, now) -> resize());
        canvas.setId("toy-canvas");
    }

    Pane root() {
        return root;
    }

    Canvas canvas() {
        return canvas;
    }

    /** Scale of the heat map: values at ±scale are full colour (1 for probabilities, around 0.5). */
    double heatScale() {
        return scale;
    }

    void show(ToyFrame f, float[] realPoints, float[] drawnPoints, String kind) {
        frame = f;
        real = realPoints;
        drawn = drawnPoints;
        outputKind = kind;
        draw();
    }

    /** Plot x of a canvas pixel. */
    double dataX(double px) {
        return -ToyFrame.EXTENT + (px - MARGIN) / side() * 2 * ToyFrame.EXTENT;
    }

    double dataY(double py) {
        return ToyFrame.EXTENT - (py - MARGIN) / side() * 2 * ToyFrame.EXTENT;
    }

    private double px(double x) {
        return MARGIN + (x + ToyFrame.EXTENT) / (2 * ToyFrame.EXTENT) * side();
    }

    private double py(double y) {
        return MARGIN + (ToyFrame.EXTENT - y) / (2 * ToyFrame.EXTENT) * side();
    }

    private double side() {
        return Math.max(10, Math.min(canvas.getWidth(), canvas.getHeight()) - 2 * MARGIN);
    }

    private void resize() {
        double s = Math.max(200, Math.min(root.getWidth(), root.getHeight()));
        canvas.setWidth(s);
        canvas.setHeight(s);
        canvas.setLayoutX((root.getWidth() - s) / 2);
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#1c1f26"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(BACKGROUND);
        g.fillRect(MARGIN, MARGIN, side(), side());
        if (frame != null && frame.surface() != null) {
            drawHeat(g, frame.surface(), frame.gridSize());
        }
        drawAxes(g);
        dots(g, real, REAL_POINT.deriveColor(0, 1, 1, 0.55), 3.2);
        if (frame != null) {
            dots(g, frame.generated(), GENERATED.deriveColor(0, 1, 1, 0.85), 3.2);
            if (frame.push() != null) {
                drawArrows(g, frame.pushAt(), frame.push());
            }
        }
        if (drawn != null && drawn.length > 0 && (frame == null)) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.2);
            for (int i = 0; i + 1 < drawn.length; i += 2) {
                g.strokeOval(px(drawn[i]) - 4, py(drawn[i + 1]) - 4, 8, 8);
            }
        }
    }

    private void drawHeat(GraphicsContext g, float[] surface, int n) {
        if (heat == null || heat.getWidth() != n) {
            heat = new WritableImage(n, n);
            heatPixels = new int[n * n];
        }
        boolean probability = "probability".equals(outputKind);
        double centre = probability ? 0.5 : 0;
        scale = probability ? 0.5 : robustScale(surface);
        for (int i = 0; i < n * n; i++) {
            double t = Math.max(-1, Math.min(1, (surface[i] - centre) / scale));
            heatPixels[i] = diverging(t);
        }
        heat.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), heatPixels, 0, n);
        g.setImageSmoothing(true);
        g.drawImage(heat, MARGIN, MARGIN, side(), side());
    }

    /** A score's spread: the 95th percentile of |value|, so one outlier does not wash the map out. */
    static double robustScale(float[] v) {
        float[] a = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            a[i] = Math.abs(v[i]);
        }
        java.util.Arrays.sort(a);
        return Math.max(1e-3, a[(int) (0.95 * (a.length - 1))]);
    }

    /** -1 (fake) red, 0 the plot's colour, +1 (real) blue, as packed ARGB. */
    static int diverging(double t) {
        Color end = t >= 0 ? REAL_SIDE : FAKE_SIDE;
        double w = Math.abs(t) * HEAT;
        int r = (int) Math.round(255 * (BACKGROUND.getRed() + w * (end.getRed() - BACKGROUND.getRed())));
        int gr = (int) Math.round(255 * (BACKGROUND.getGreen() + w * (end.getGreen() - BACKGROUND.getGreen())));
        int b = (int) Math.round(255 * (BACKGROUND.getBlue() + w * (end.getBlue() - BACKGROUND.getBlue())));
        return 0xFF000000 | r << 16 | gr << 8 | b;
    }

    private void drawAxes(GraphicsContext g) {
        g.setLineWidth(1);
        g.setFont(Font.font(10));
        for (int v = -4; v <= 4; v++) {
            g.setStroke(v == 0 ? AXIS : GRID_LINE.deriveColor(0, 1, 1, 0.5));
            g.strokeLine(px(v), MARGIN, px(v), MARGIN + side());
            g.strokeLine(MARGIN, py(v), MARGIN + side(), py(v));
            if (v % 2 == 0) {
                g.setFill(LABEL);
                g.fillText(Integer.toString(v), px(v) - 4, MARGIN + side() + 14);
                g.fillText(Integer.toString(v), 6, py(v) + 4);
            }
        }
    }

    private void dots(GraphicsContext g, float[] xy, Color color, double size) {
        if (xy == null) {
            return;
        }
        g.setFill(color);
        double h = size / 2;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            g.fillOval(px(xy[i]) - h, py(xy[i + 1]) - h, size, size);
        }
    }

    /** Arrows scaled together so the longest is 0.8 plot units: directions and relative strength read at a glance. */
    private void drawArrows(GraphicsContext g, float[] at, float[] push) {
        double longest = 1e-12;
        for (int i = 0; i + 1 < push.length; i += 2) {
            longest = Math.max(longest, Math.hypot(push[i], push[i + 1]));
        }
        double k = 0.8 / longest;
        g.setStroke(Color.web("#e6edf3", 0.85));
        g.setLineWidth(1.3);
        for (int i = 0; i + 1 < Math.min(at.length, push.length); i += 2) {
            double x0 = px(at[i]);
            double y0 = py(at[i + 1]);
            double x1 = px(at[i] + k * push[i]);
            double y1 = py(at[i + 1] + k * push[i + 1]);
            g.strokeLine(x0, y0, x1, y1);
            double a = Math.atan2(y1 - y0, x1 - x0);
            if (Math.hypot(x1 - x0, y1 - y0) > 4) {
                g.strokeLine(x1, y1, x1 - 5 * Math.cos(a - 0.5), y1 - 5 * Math.sin(a - 0.5));
                g.strokeLine(x1, y1, x1 - 5 * Math.cos(a + 0.5), y1 - 5 * Math.sin(a + 0.5));
            }
        }
    }
}
