package org.ganlab.engine.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A scatter plot of 2-D points on fixed axes, [-4.5, 4.5] both ways (every built-in toy
 * distribution fits), so that snapshots of one run line up frame by frame in a GIF.
 */
public final class PointPlot {

    public static final double EXTENT = 4.5;
    private static final Color BACKGROUND = new Color(24, 26, 31);
    private static final Color AXES = new Color(60, 64, 72);
    private static final Color POINTS = new Color(255, 170, 60);

    private PointPlot() {
    }

    /** Points as x0, y0, x1, y1, ... on a {@code size}×{@code size} image (y up). */
    public static BufferedImage render(float[] xy, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, size, size);
        g.setColor(AXES);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(size / 2, 0, size / 2, size);
        g.drawLine(0, size / 2, size, size / 2);
        g.setColor(POINTS);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            int px = (int) Math.round((xy[i] + EXTENT) / (2 * EXTENT) * (size - 1));
            int py = (int) Math.round((EXTENT - xy[i + 1]) / (2 * EXTENT) * (size - 1));
            g.fillOval(px - 2, py - 2, 4, 4);
        }
        g.dispose();
        return image;
    }
}
