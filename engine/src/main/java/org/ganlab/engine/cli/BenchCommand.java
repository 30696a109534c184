package org.ganlab.engine.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganlab.engine.Backend;
import org.ganlab.engine.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab bench}: the median time of a full training iteration, one parseable line per
 * model. With {@code --peer} it runs the PyTorch reference on the same batch right after and
 * prints the ratio, so both are measured in one run on one machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time full training iterations (D on real + fake, then G) on random 28x28 data.")
final class BenchCommand implements Callable<Integer> {

    private static final Pattern PEER_LINE = Pattern.compile("ms_per_iter=([0-9.]+).*threads=(\\d+)");

    @Spec
    CommandSpec spec;

    @Option(names = "--model", defaultValue = "mlp", description = "mlp, dcgan or all (default ${DEFAULT-VALUE}).")
    String model;
    @Option(names = "--batch", description = "Batch size (default: 128 for mlp, 64 for dcgan).")
    Integer batch;
    @Option(names = "--iters", defaultValue = "100", description = "Timed iterations (default ${DEFAULT-VALUE}).")
    int iters;
    @Option(names = "--warmup", defaultValue = "10", description = "Untimed iterations first (default ${DEFAULT-VALUE}).")
    int warmup;
    @Option(names = "--peer", paramLabel = "TORCH_PEER_PY", description = "Also run this PyTorch reference (shared/bench/torch_peer.py) and print the ratio.")
    Path peer;
    @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "Python for --peer (default ${DEFAULT-VALUE}).")
    String python;

    @Override
    public Integer call() throws Exception {
        if (iters <= 0 || warmup < 0 || (batch != null && batch <= 0)) {
            throw new IllegalArgumentException("--iters and --batch must be > 0 and --warmup >= 0");
        }
        List<String> models = model.equals("all") ? List.of("mlp", "dcgan") : List.of(model);
        Backend.initialize();
        for (String m : models) {
            int b = batch != null ? batch : m.equals("dcgan") ? 64 : 128;
            Benchmark.Result r = Benchmark.run(m, b, iters, warmup);
            spec.commandLine().getOut().printf(Locale.ROOT, "ganlab %s batch=%d ms_per_iter=%.2f peak_rss_mb=%d%n",
                    m, b, r.millisPerIteration(), r.peakRssBytes() >> 20);
            spec.commandLine().getOut().flush();
            if (peer != null) {
                comparePeer(m, b, r.millisPerIteration());
            }
        }
        return 0;
    }

    private void comparePeer(String m, int b, double ours) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, peer.toString(), m, "--batch", String.valueOf(b),
                "--iters", String.valueOf(iters)).redirectErrorStream(true).start();
        String line;
        String result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            while ((line = r.readLine()) != null) {
                if (line.startsWith("torch ")) {
                    result = line;
                }
            }
        }
        p.waitFor();
        Matcher match = result == null ? null : PEER_LINE.matcher(result);
        if (match == null || !match.find()) {
            throw new IOException("the PyTorch peer printed no result (exit " + p.exitValue() + "); is python3-torch installed?");
        }
        double torch = Double.parseDouble(match.group(1));
        spec.commandLine().getOut().println(result);
        spec.commandLine().getOut().printf(Locale.ROOT, "ratio %s batch=%d ganlab/torch=%.2f%n", m, b, ours / torch);
    }
}
