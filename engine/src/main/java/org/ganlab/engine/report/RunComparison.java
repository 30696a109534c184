package org.ganlab.engine.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ganlab.engine.run.MetricsFile;
import org.ganlab.engine.run.RunFolder;

/**
 * Two to six run folders read side by side, for {@code ganlab compare} and the app's Compare
 * view: each run's config, metrics and snapshots, and a name that tells it from the others.
 * Run {@code i} keeps index {@code i} everywhere, so its colour ({@link ChartStyle#run}) is the
 * same on every chart and in every table.
 */
public record RunComparison(List<Run> runs, ConfigDiff config) {

    public static final int MIN_RUNS = 2;
    public static final int MAX_RUNS = 6;

    /**
     * One run of the comparison; parts an older or damaged folder lacks are empty (no config
     * keys, no metrics rows, no snapshots), with {@code problems} saying why.
     */
    public record Run(String name, Path dir, Map<String, String> config, MetricsFile metrics,
                      List<Path> snapshots, List<String> problems) {

        /** The snapshot whose iteration is nearest {@code iteration} (the earlier on a tie); null when there is none. */
        public Path snapshotNear(long iteration) {
            Path best = null;
            long distance = Long.MAX_VALUE;
            for (Path s : snapshots) {
                long d = Math.abs(RunFolder.iterationOf(s) - iteration);
                if (d < distance) {
                    best = s;
                    distance = d;
                }
            }
            return best;
        }
    }

    /**
     * Reads the folders, in the order given.
     *
     * @throws IOException whose message names the folder: fewer than two or more than six, a
     *                     folder that is not a run, or the same run named twice
     */
    public static RunComparison read(List<Path> dirs) throws IOException {
        if (dirs.size() < MIN_RUNS || dirs.size() > MAX_RUNS) {
            throw new IOException("compare " + MIN_RUNS + " to " + MAX_RUNS + " run folders, not " + dirs.size()
                    + (dirs.isEmpty() ? "" : ": " + dirs.stream().map(Path::toString).collect(Collectors.joining(", "))));
        }
        Map<Path, Path> seen = new HashMap<>();
        for (Path dir : dirs) {
            RunReport.checkRunFolder(dir);
            Path real = dir.toRealPath();
            if (seen.containsKey(real)) {
                throw new IOException(dir + " is the same run as " + seen.get(real) + ": name each run once");
            }
            seen.put(real, dir);
        }
        List<Run> runs = new ArrayList<>();
        List<String> names = names(dirs);
        for (int i = 0; i < dirs.size(); i++) {
            runs.add(run(names.get(i), dirs.get(i)));
        }
        return new RunComparison(List.copyOf(runs), ConfigDiff.of(runs.stream().map(Run::config).toList()));
    }

    private static Run run(String name, Path dir) throws IOException {
        List<String> problems = new ArrayList<>();
        RunReport.Part<Map<String, String>> config = RunReport.config(dir);
        RunReport.Part<MetricsFile> metrics = RunReport.metrics(dir);
        for (RunReport.Part<?> part : List.of(config, metrics)) {
            if (!part.present()) {
                problems.add(part.missing());
            }
        }
        List<Path> snapshots = Files.isDirectory(dir.resolve(RunFolder.SNAPSHOTS)) ? RunFolder.snapshots(dir) : List.of();
        if (snapshots.isEmpty()) {
            problems.add("No snapshots in this run folder.");
        }
        return new Run(name, dir, config.present() ? config.value() : Map.of(),
                metrics.present() ? metrics.value() : MetricsFile.empty(), snapshots, List.copyOf(problems));
    }

    /** The folders' names; where two share a name, with their parent folder's name in front. */
    static List<String> names(List<Path> dirs) {
        List<String> plain = dirs.stream().map(d -> d.toAbsolutePath().normalize().getFileName().toString()).toList();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            String name = plain.get(i);
            Path parent = dirs.get(i).toAbsolutePath().normalize().getParent();
            boolean shared = plain.stream().filter(name::equals).count() > 1;
            names.add(shared && parent != null && parent.getFileName() != null ? parent.getFileName() + "/" + name : name);
        }
        return names;
    }

    /** True when at least one run recorded {@code column} (e.g. the quality columns). */
    public boolean anyHas(String column) {
        return runs.stream().anyMatch(r -> r.metrics().hasValues(column));
    }

    /**
     * Up to {@code count} iterations to show every run's samples at: snapshot iterations, evenly
     * spaced among those in the range all runs have snapshots in (or, when their ranges do not
     * overlap, among all), the first and last of it included; each run then shows its snapshot
     * nearest. Empty when no run has a snapshot.
     */
    public List<Long> sampleIterations(int count) {
        List<long[]> ranges = runs.stream().filter(r -> !r.snapshots().isEmpty())
                .map(r -> new long[] {RunFolder.iterationOf(r.snapshots().get(0)),
                        RunFolder.iterationOf(r.snapshots().get(r.snapshots().size() - 1))}).toList();
        if (ranges.isEmpty()) {
            return List.of();
        }
        long from = ranges.stream().mapToLong(r -> r[0]).max().orElseThrow();
        long to = ranges.stream().mapToLong(r -> r[1]).min().orElseThrow();
        if (from > to) {
            from = ranges.stream().mapToLong(r -> r[0]).min().orElseThrow();
            to = ranges.stream().mapToLong(r -> r[1]).max().orElseThrow();
        }
        TreeSet<Long> inRange = new TreeSet<>();
        for (Run r : runs) {
            for (Path s : r.snapshots()) {
                long it = RunFolder.iterationOf(s);
                if (it >= from && it <= to) {
                    inRange.add(it);
                }
            }
        }
        List<Long> all = List.copyOf(inRange);
        if (count == 1) {
            return List.of(all.get(all.size() - 1));
        }
        List<Long> picked = new ArrayList<>();
        for (int i : RunFolder.evenlySpaced(all.size(), count)) {
            picked.add(all.get(i));
        }
        return picked;
    }

    /** The range of iterations any run has a snapshot at: {@code {first, last}}, or {@code {0, 0}}. */
    public long[] snapshotRange() {
        long first = Long.MAX_VALUE;
        long last = 0;
        for (Run r : runs) {
            for (Path s : r.snapshots()) {
                first = Math.min(first, RunFolder.iterationOf(s));
                last = Math.max(last, RunFolder.iterationOf(s));
            }
        }
        return first == Long.MAX_VALUE ? new long[] {0, 0} : new long[] {first, last};
    }
}
