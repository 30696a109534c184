package org.ganlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.ganlab.engine.data.ImageFolderReport.SkippedImage;
import org.ganlab.engine.data.SquareImages.Square;
import org.junit.jupiter.api.Test;

/** The bounded decoding pool: file order, progress, skips, and how many images it holds at once. */
class FolderDecodingTest {

    private static final Path DIR = Path.of("/photos");

    private static List<Path> files(int n) {
        return IntStream.range(0, n).mapToObj(i -> DIR.resolve(String.format("%04d.png", i))).toList();
    }

    /** Image i is one byte of value i mod 256; every seventh file is unreadable. */
    private static Object fake(Path file, AtomicInteger decoded) {
        int i = Integer.parseInt(file.getFileName().toString().substring(0, 4));
        decoded.incrementAndGet();
        return i % 7 == 3 ? new SkippedImage(file.getFileName().toString(), "unreadable: test")
                : new Square(new byte[] {(byte) i, 0, 0}, false);
    }

    @Test
    void resultsArriveInFileOrderWithEveryFileReported() throws IOException {
        AtomicInteger decoded = new AtomicInteger();
        List<Integer> kept = new ArrayList<>();
        List<String> progress = new ArrayList<>();

        List<SkippedImage> skipped = FolderDecoding.run(DIR, files(300), 3, file -> fake(file, decoded),
                square -> kept.add(square.rgb()[0] & 0xff), (done, total, file) -> progress.add(done + "/" + total + " " + file));

        List<Integer> expected = IntStream.range(0, 300).filter(i -> i % 7 != 3).map(i -> i % 256).boxed().toList();
        assertEquals(expected, kept);
        assertEquals(43, skipped.size());
        assertEquals("0003.png", skipped.get(0).file());
        assertEquals(300, progress.size());
        assertEquals("1/300 0000.png", progress.get(0));
        assertEquals("300/300 0299.png", progress.get(299));
    }

    @Test
    void onlyAFewDecodedImagesWaitAtAnyTime() throws IOException {
        AtomicInteger decoded = new AtomicInteger();
        int[] handedOver = {0};
        int[] mostWaiting = {0};
        int threads = 3;

        FolderDecoding.run(DIR, files(500), threads, file -> fake(file, decoded), square -> { }, (done, total, file) -> {
            handedOver[0] = done;
            mostWaiting[0] = Math.max(mostWaiting[0], decoded.get() - handedOver[0]);
        });

        assertEquals(500, decoded.get());
        assertTrue(mostWaiting[0] <= 2 * threads, "at most " + 2 * threads + " in flight, saw " + mostWaiting[0]);
    }
}
