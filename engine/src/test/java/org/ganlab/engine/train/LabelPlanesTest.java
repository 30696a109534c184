package org.ganlab.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ganlab.engine.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** D's conditional input: the image, then one plane per class; planes are written once per label. */
class LabelPlanesTest {

    private static final int CLASSES = 4;
    private static final int[] INPUT = {1 + CLASSES, 3, 3};

    @BeforeAll
    static void backend() {
        Backend.initialize();
    }

    @Test
    void theInputIsTheImageFollowedByTheLabelsPlanes() {
        LabelPlanes planes = new LabelPlanes(INPUT, CLASSES);
        INDArray images = images(3);
        int[] labels = {2, 0, 3};
        assertArrayEquals(expected(images, labels), planes.combine(images, labels, 3).data().asFloat());
    }

    @Test
    void repeatedLabelsWriteNoPlaneAndChangedOnesOnlyTheirOwn() {
        LabelPlanes planes = new LabelPlanes(INPUT, CLASSES);
        INDArray first = planes.combine(images(3), new int[] {2, 0, 3}, 3);
        assertEquals(3, planes.planesWritten());

        INDArray images = images(3).muli(2);
        INDArray again = planes.combine(images, new int[] {2, 0, 3}, 3);
        assertSame(first, again, "the same reused buffer");
        assertEquals(3, planes.planesWritten(), "the same labels: no plane rewritten");
        assertArrayEquals(expected(images, new int[] {2, 0, 3}), again.data().asFloat(), "new images, same planes");

        int[] changed = {2, 1, 3};
        INDArray third = planes.combine(images, changed, 3);
        assertEquals(4, planes.planesWritten(), "one example's label changed");
        assertArrayEquals(expected(images, changed), third.data().asFloat(), "its old plane cleared, the new one set");
    }

    @Test
    void anotherBatchSizeAndBackStillGivesExactlyTheLabelsPlanes() {
        LabelPlanes planes = new LabelPlanes(INPUT, CLASSES);
        planes.combine(images(3), new int[] {1, 1, 1}, 3);
        planes.combine(images(2), new int[] {3, 2}, 2);    // the last partial batch of an epoch
        INDArray images = images(3);
        int[] labels = {0, 1, 2};
        assertArrayEquals(expected(images, labels), planes.combine(images, labels, 3).data().asFloat());
    }

    @Test
    void flatInputsGetAOneHotLabel() {
        LabelPlanes planes = new LabelPlanes(new int[] {2 + CLASSES}, CLASSES);
        INDArray images = Nd4j.createFromArray(new float[] {0.5f, -1f, 2f, 3f}).reshape(2, 2);
        float[] combined = planes.combine(images, new int[] {3, 0}, 2).data().asFloat();
        assertArrayEquals(new float[] {0.5f, -1f, 0, 0, 0, 1, 2f, 3f, 1, 0, 0, 0}, combined);
    }

    @Test
    void aLabelOutsideTheClassesIsRefusedWithItsExample() {
        LabelPlanes planes = new LabelPlanes(INPUT, CLASSES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> planes.combine(images(2), new int[] {1, 4}, 2));
        assertEquals("label 4 of example 1 is not in 0..3", e.getMessage());
    }

    private static INDArray images(int n) {
        float[] pixels = new float[9 * n];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i + 1;
        }
        return Nd4j.createFromArray(pixels).reshape(n, 1, 3, 3);
    }

    /** The input written out by hand: each example's 9 pixels, then its 4 planes of 9 values. */
    private static float[] expected(INDArray images, int[] labels) {
        float[] pixels = images.dup().data().asFloat();
        int n = labels.length;
        float[] out = new float[n * 45];
        for (int i = 0; i < n; i++) {
            System.arraycopy(pixels, i * 9, out, i * 45, 9);
            for (int j = 0; j < 9; j++) {
                out[i * 45 + 9 + labels[i] * 9 + j] = 1;
            }
        }
        return out;
    }
}
