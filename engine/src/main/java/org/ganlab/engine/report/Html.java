package org.ganlab.engine.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Small pieces of HTML: escaped text, images inlined as {@code data:} URIs, durations in words. */
final class Html {

    private Html() {
    }

    /** Text safe inside an element or a quoted attribute; null reads as an empty string. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code <p class="missing">why</p>}: how a report says a part is not there. */
    static String missing(String why) {
        return "<p class=\"missing\">" + escape(why) + "</p>\n";
    }

    /** An image file (PNG or GIF) as a {@code data:} URI. */
    static String dataUri(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".gif") ? "image/gif" : "image/png";
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    }

    /** Encoded image bytes of the given MIME type as a {@code data:} URI. */
    static String dataUri(byte[] bytes, String type) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** An image as a PNG {@code data:} URI. */
    static String dataUri(BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("no PNG writer for this image");
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** An {@code <img>} shown {@code scale} times its natural size, pixels kept sharp. */
    static String img(String dataUri, int width, int scale, String alt) {
        return "<img src=\"" + dataUri + "\" width=\"" + width * scale + "\" alt=\"" + escape(alt) + "\">";
    }

    /** E.g. "1 h 02 min", "4 min 12 s", "8.5 s". */
    static String duration(Duration d) {
        long seconds = d.toSeconds();
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
