package org.ganlab.engine.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;

/**
 * Turns arbitrary frames into what the GIF writer handles well: optional caption strip below the
 * image, then gray frames as 256-entry gray palettes (so gray survives exactly), indexed frames as
 * they are, anything else as plain RGB for the writer to quantise.
 */
final class GifFrames {

    private static final IndexColorModel GRAY_PALETTE = grayPalette();
    private static final int MIN_FONT = 9;
    private static final int MAX_FONT = 16;

    private GifFrames() {
    }

    /** The frame ready for the GIF writer; {@code withStrip} adds a caption strip (text may be null). */
    static BufferedImage prepare(BufferedImage frame, boolean withStrip, String caption) {
        BufferedImage image = withStrip ? withCaption(frame, caption) : frame;
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return asGrayPalette(image);
        }
        if (image.getColorModel() instanceof IndexColorModel) {
            return image;
        }
        return asRgb(image);
    }

    /** Height of the caption strip for frames {@code width} pixels wide. */
    static int stripHeight(int width) {
        return fontSize(width) * 3 / 2 + 4;
    }

    private static int fontSize(int width) {
        return Math.max(MIN_FONT, Math.min(MAX_FONT, width / 16));
    }

    /** The frame with a black strip below it holding the caption in light gray, centred. */
    static BufferedImage withCaption(BufferedImage frame, String caption) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        boolean gray = frame.getType() == BufferedImage.TYPE_BYTE_GRAY;
        BufferedImage out = new BufferedImage(w, h + stripHeight(w),
                gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            if (gray) {
                // Copy samples, not colours: drawing would pass gray through a colour conversion.
                out.getRaster().setRect(frame.getRaster());
            } else {
                g.drawImage(frame, 0, 0, null);
            }
            g.setColor(Color.BLACK);
            g.fillRect(0, h, w, out.getHeight() - h);
            if (caption != null && !caption.isEmpty()) {
                drawCaption(g, caption, w, h, out.getHeight() - h);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void drawCaption(Graphics2D g, String caption, int width, int top, int height) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize(width)));
        g.setColor(new Color(230, 230, 230));
        FontMetrics metrics = g.getFontMetrics();
        int x = Math.max(2, (width - metrics.stringWidth(caption)) / 2);
        int baseline = top + (height + metrics.getAscent() - metrics.getDescent()) / 2;
        g.drawString(caption, x, baseline);
    }

    /** Same bytes, read as indices into a palette where entry i is gray level i. */
    private static BufferedImage asGrayPalette(BufferedImage gray) {
        BufferedImage indexed = new BufferedImage(gray.getWidth(), gray.getHeight(),
                BufferedImage.TYPE_BYTE_INDEXED, GRAY_PALETTE);
        indexed.getRaster().setRect(gray.getRaster());
        return indexed;
    }

    private static BufferedImage asRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static IndexColorModel grayPalette() {
        byte[] levels = new byte[256];
        for (int i = 0; i < 256; i++) {
            levels[i] = (byte) i;
        }
        return new IndexColorModel(8, 256, levels, levels, levels);
    }
}
