package org.ganlab.engine.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PyTorch reference, {@code shared/bench/torch_peer.py}, run as a child process on the same
 * model and batch. It prints {@code torch <model> batch=B ms_per_iter=X threads=T} (at its best
 * thread count, with the OpenBLAS kernels the CPU supports, which it selects itself).
 */
public final class TorchPeer {

    private static final Pattern RESULT = Pattern.compile(
            "^torch (\\S+) batch=(\\d+) ms_per_iter=([0-9.]+).*threads=(\\d+)");

    /** One peer measurement and the line it printed. */
    public record Result(String model, int batch, double millisPerIteration, int threads, String line) {
    }

    private final String python;
    private final Path script;

    public TorchPeer(String python, Path script) {
        this.python = python;
        this.script = script;
    }

    /** Runs the peer once; fails with its exit code and last line when it printed no result. */
    public Result run(String model, int batch, int iterations) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, script.toString(), model, "--batch", String.valueOf(batch),
                "--iters", String.valueOf(iterations)).redirectErrorStream(true).start();
        Result result = null;
        String last = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                last = line.isBlank() ? last : line;
                result = parse(line).orElse(result);
            }
        }
        int exit = p.waitFor();
        if (result == null) {
            throw new IOException("the PyTorch peer " + script + " printed no result (exit " + exit
                    + (last.isEmpty() ? "" : ", last line: " + last) + "); is python3-torch installed?");
        }
        return result;
    }

    /** The result in one line of the peer's output, if it is one. */
    public static Optional<Result> parse(String line) {
        Matcher m = RESULT.matcher(line.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Result(m.group(1), Integer.parseInt(m.group(2)), Double.parseDouble(m.group(3)),
                Integer.parseInt(m.group(4)), line.strip()));
    }
}
