package org.ganlab.engine.nn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Arrays (or whatever else is sized by the batch: a convolution's oneDNN primitives) made on
 * demand for a key (a batch size and data type), of which only the most recently used few are
 * kept. An app session that generates at many sizes would otherwise keep every buffer it ever
 * made. A dropped array is not closed: whoever still holds it (a layer's last input) keeps it
 * valid, and the garbage collector frees it afterwards.
 */
final class RecentArrays<T> {

    private final Map<Long, T> byKey;
    private final LongFunction<T> make;

    /** @param capacity how many arrays to keep; the least recently used goes first */
    RecentArrays(int capacity, LongFunction<T> make) {
        this.make = make;
        this.byKey = new LinkedHashMap<>(2 * capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, T> eldest) {
                return size() > capacity;
            }
        };
    }

    T get(long key) {
        T array = byKey.get(key);
        if (array == null) {
            array = make.apply(key);
            byKey.put(key, array);
        }
        return array;
    }

    /** How many arrays are kept now. */
    int size() {
        return byKey.size();
    }
}
