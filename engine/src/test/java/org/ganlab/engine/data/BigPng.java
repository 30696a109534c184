package org.ganlab.engine.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes huge single-colour PNGs without holding their pixels: rows are streamed through the
 * deflater (every row after the first is "same as above", so the file is a few hundred KB).
 */
final class BigPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private BigPng() {
    }

    /** A {@code width × height} RGB PNG of one colour (0xRRGGBB). */
    static void write(Path file, int width, int height, int rgb) throws IOException {
        writeClaiming(file, width, height, width, height, rgb);
    }

    /**
     * A PNG whose header says {@code width × height} but whose data holds only
     * {@code dataWidth × dataHeight} pixels: a reader that trusts the header decodes garbage.
     */
    static void writeClaiming(Path file, int width, int height, int dataWidth, int dataHeight, int rgb)
            throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(idat)) {
            byte[] row = new byte[1 + 3 * dataWidth];
            for (int x = 0; x < dataWidth; x++) {
                row[1 + 3 * x] = (byte) (rgb >> 16);
                row[2 + 3 * x] = (byte) (rgb >> 8);
                row[3 + 3 * x] = (byte) rgb;
            }
            z.write(row);
            byte[] same = new byte[row.length];
            same[0] = 2; // filter "Up": every byte equals the one above
            for (int y = 1; y < dataHeight; y++) {
                z.write(same);
            }
        }
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, adaptive filters, not interlaced
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(SIGNATURE);
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
