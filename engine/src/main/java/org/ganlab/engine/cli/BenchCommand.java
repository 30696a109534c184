package org.ganlab.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ganlab.engine.Backend;
import org.ganlab.engine.OpenBlasCore;
import org.ganlab.engine.bench.BenchSummary;
import org.ganlab.engine.bench.Benchmark;
import org.ganlab.engine.bench.GemmProbe;
import org.ganlab.engine.bench.TorchPeer;
import org.ganlab.engine.train.NonFiniteLossException;
import org.ganlab.engine.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab bench}: the median time of a full training iteration, one parseable line per
 * model, batch and round, then a Markdown summary. By default every benchmark model at the batch
 * sizes of issue 10's goal table and at the batch it trains with. With {@code --peer} the PyTorch
 * reference runs on the same batch right after each of ours, so every ratio compares two adjacent
 * runs (this VM's speed drifts within the hour). {@code --gemm} measures the machine's GEMM rate
 * instead; {@code --doctor} adds the training doctor's cost.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time full training iterations (D on real + fake, then G) on random 28x28 data.")
final class BenchCommand implements Callable<Integer> {

    private static final List<String> MODELS = List.of("mlp", "dcgan");

    @Spec
    CommandSpec spec;

    @Option(names = "--model", defaultValue = "all", description = "mlp, dcgan or all (default ${DEFAULT-VALUE}).")
    String model;
    @Option(names = "--batch", description = "One batch size (default: 64, 128 and the model's training batch).")
    Integer batch;
    @Option(names = "--iters", defaultValue = "100", description = "Timed iterations (default ${DEFAULT-VALUE}).")
    int iters;
    @Option(names = "--warmup", defaultValue = "10", description = "Untimed iterations first, for at least 2 s when not 0 (default ${DEFAULT-VALUE}).")
    int warmup;
    @Option(names = "--rounds", defaultValue = "1", description = "Repeat each benchmark (and its peer) this often; the summary gives each pair's ratio and their median (default ${DEFAULT-VALUE}).")
    int rounds;
    @Option(names = "--peer", paramLabel = "TORCH_PEER_PY", description = "Also run this PyTorch reference (shared/bench/torch_peer.py) after each of ours and print the ratio.")
    Path peer;
    @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "Python for --peer (default ${DEFAULT-VALUE}).")
    String python;
    @Option(names = "--threads", defaultValue = "0", description = "ND4J threads; 0 (default): the faster of 1 and the"
            + " model's own setting, as the PyTorch peer takes the faster of 1 and 2.")
    int threads;

    @Option(names = "--doctor", description = "Let the training doctor watch, as in a run, and print its cost as a percentage of the step time.")
    boolean doctor;
    @Option(names = "--gemm", description = "Instead: the float GEMM rate (1024x1024x1024) through each route the engine uses, the OpenBLAS kernels in use and the mlp's dense GEMM shapes.")
    boolean gemm;

    @Override
    public Integer call() throws IOException, InterruptedException, NonFiniteLossException {
        check();
        Backend.initialize();
        if (gemm) {
            new GemmReport(out()).print();
            return 0;
        }
        BenchSummary summary = new BenchSummary();
        TorchPeer torch = peer == null ? null : new TorchPeer(python, peer);
        for (String m : models()) {
            for (int b : batch != null ? List.of(batch) : Benchmark.defaultBatches(m)) {
                for (int round = 0; round < rounds; round++) {
                    benchmarkPair(m, b, torch, summary);
                }
            }
        }
        out().println();
        out().print(summary.markdown());
        out().flush();
        return 0;
    }

    /** Every option's bounds, before any work: one line naming the option and the value. */
    void check() {
        if (!model.equals("all") && !MODELS.contains(model)) {
            throw new IllegalArgumentException("--model must be mlp, dcgan or all (was " + model + ")");
        }
        if (batch != null) {
            OptionChecks.count("--batch", batch, TrainingConfig.MAX_BATCH_SIZE, "(the largest batch)");
        }
        OptionChecks.count("--iters", iters, 1_000_000, "timed iterations");
        OptionChecks.count("--rounds", rounds, 1_000, "rounds");
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must be >= 0 (was " + threads + "; 0 tries 1 and the model's own)");
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be >= 0 (was " + warmup + ")");
        }
        if (doctor && warmup == 0) {
            throw new IllegalArgumentException("--doctor needs --warmup >= 1 (was 0): the doctor is brought past"
                    + " its own warm-up with the warm-up steps");
        }
        if (gemm && (peer != null || doctor)) {
            throw new IllegalArgumentException("--gemm measures GEMMs only; run it without --peer and --doctor");
        }
        if (peer != null) {
            OptionChecks.existingFile("--peer", peer, "a Python script");
        }
    }

    private List<String> models() {
        return model.equals("all") ? MODELS : List.of(model);
    }

    private void benchmarkPair(String m, int b, TorchPeer torch, BenchSummary summary)
            throws IOException, InterruptedException, NonFiniteLossException {
        Benchmark.Result ours = ours(m, b);
        out().println(line(ours));
        out().flush();
        double torchMillis = Double.NaN;
        if (torch != null) {
            TorchPeer.Result theirs = torch.run(m, b, iters);
            torchMillis = theirs.millisPerIteration();
            out().println(theirs.line());
            out().printf(Locale.ROOT, "ratio %s batch=%d ganlab/torch=%.2f%n", m, b, ours.millisPerIteration() / torchMillis);
            out().flush();
        }
        summary.add(m, b, ours.millisPerIteration(), torchMillis);
    }

    /**
     * Our side of a pair: at the given thread count, or the faster of one thread and the model's
     * own setting (two on this machine), the same choice the peer makes for itself.
     */
    private Benchmark.Result ours(String m, int b) throws NonFiniteLossException {
        if (threads > 0) {
            return Benchmark.run(m, b, iters, warmup, doctor, threads);
        }
        Benchmark.Result own = Benchmark.run(m, b, iters, warmup, doctor, 0);
        if (own.threads() == 1) {
            return own;
        }
        Benchmark.Result single = Benchmark.run(m, b, iters, warmup, doctor, 1);
        return single.millisPerIteration() < own.millisPerIteration() ? single : own;
    }

    /** {@code ganlab <model> batch=B ms_per_iter=X ms_per_image=Y peak_rss_mb=R threads=T [doctor_ms_per_iter= doctor_pct=]}. */
    static String line(Benchmark.Result r) {
        String s = String.format(Locale.ROOT, "ganlab %s batch=%d ms_per_iter=%.2f ms_per_image=%.4f peak_rss_mb=%d threads=%d",
                r.model(), r.batch(), r.millisPerIteration(), r.millisPerImage(), r.peakRssBytes() >> 20, r.threads());
        return Double.isNaN(r.doctorMillisPerIteration()) ? s
                : s + String.format(Locale.ROOT, " doctor_ms_per_iter=%.4f doctor_pct=%.3f",
                        r.doctorMillisPerIteration(), r.doctorPercent());
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The lines of {@code --gemm}. */
    private record GemmReport(PrintWriter out) {

        void print() {
            Set<String> flags = OpenBlasCore.cpuFlags();
            String variable = System.getenv("OPENBLAS_CORETYPE");
            OpenBlasCore.query().ifPresentOrElse(core -> {
                out.printf(Locale.ROOT, "openblas core=%s OPENBLAS_CORETYPE=%s cpu_suggests=%s threads=%d config=\"%s\"%n",
                        core.core(), variable == null || variable.isEmpty() ? "unset" : variable,
                        OpenBlasCore.coreTypeFor(flags).orElse("none"), GemmProbe.openBlasThreads(), core.config());
                String warning = OpenBlasCore.fallbackWarning(core, flags);
                if (warning != null) {
                    out.println("warning: " + warning);
                }
            }, () -> out.println("openblas core=unknown (ND4J's OpenBLAS does not report it)"));
            for (GemmProbe.Route route : GemmProbe.Route.values()) {
                GemmProbe.Rate r = GemmProbe.measure(route, 1024, 20);
                out.printf(Locale.ROOT, "gemm route=%s m=%d n=%d k=%d ms=%.2f gflops=%.1f%n",
                        route.label, r.m(), r.n(), r.k(), r.medianMillis(), r.gflops());
                out.flush();
            }
            for (GemmProbe.DenseShape d : GemmProbe.denseShapes("mlp", 128)) {
                out.printf(Locale.ROOT, "gemm-shape mlp %s dense%d forward %dx%d·%dx%d dW %dx%d·%dx%d dX %dx%d·%dx%d mflop_fwd_bwd=%.1f%n",
                        d.network(), d.index(), d.batch(), d.in(), d.in(), d.out(), d.in(), d.batch(), d.batch(), d.out(),
                        d.batch(), d.out(), d.out(), d.in(), d.megaflopsForwardBackward());
            }
            out.flush();
        }
    }
}
