package org.ganlab.app.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which frames of a growing timeline its strip shows: every {@code stride}-th frame from the
 * first, plus the newest, never more than {@code max}. The stride doubles when the strip would
 * overflow, so a strip of 2,000 frames shows about 100–200 of them evenly spaced, and adding a
 * frame changes only the strip's end (the strip does not reshuffle while the student looks at it).
 */
public final class EvenStrip {

    private final int max;
    private final List<Integer> positions = new ArrayList<>();
    private int stride = 1;
    private int frames;

    /** @param max at most this many frames shown, at least 3 */
    public EvenStrip(int max) {
        if (max < 3) {
            throw new IllegalArgumentException("a strip needs room for 3 frames at least (was " + max + ")");
        }
        this.max = max;
    }

    /**
     * The timeline now has {@code count} frames (never fewer than before).
     *
     * @return true when the whole strip changed (the stride doubled), false when only its end did
     */
    public boolean grow(int count) {
        int oldFrames = frames;
        frames = count;
        int s = stride;
        while ((count - 1) / s + 2 > max) {
            s *= 2;
        }
        if (s != stride || oldFrames == 0) {
            stride = s;
            positions.clear();
            appendFrom(0);
            return true;
        }
        if (!positions.isEmpty() && positions.get(positions.size() - 1) % stride != 0) {
            positions.remove(positions.size() - 1);
        }
        appendFrom((oldFrames + stride - 1) / stride * stride);
        return false;
    }

    private void appendFrom(int first) {
        for (int p = first; p < frames; p += stride) {
            positions.add(p);
        }
        if (frames > 0 && (frames - 1) % stride != 0) {
            positions.add(frames - 1);
        }
    }

    /** Timeline positions shown, in order: the first frame, every stride-th, the newest. */
    public List<Integer> positions() {
        return List.copyOf(positions);
    }

    public int size() {
        return positions.size();
    }

    /** The timeline position of strip entry {@code i}. */
    public int position(int i) {
        return positions.get(i);
    }

    /** The strip entry showing {@code position}, or the last one before it. */
    public int indexOf(int position) {
        if (positions.isEmpty() || position < 0) {
            return -1;
        }
        int i = Math.min(positions.size() - 1, position / stride);
        return positions.get(i) <= position ? i : i - 1;
    }

    public int stride() {
        return stride;
    }

    public void clear() {
        positions.clear();
        stride = 1;
        frames = 0;
    }
}
