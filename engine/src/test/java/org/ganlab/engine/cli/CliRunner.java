package org.ganlab.engine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Runs the {@code ganlab} command line in-process with its output captured, as a test reads it. */
final class CliRunner {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Supplier<CommandLine> commands;

    /** Runs the whole {@code ganlab} command line. */
    CliRunner() {
        this(GanLabCli::commandLine);
    }

    /** Runs one command built for the test, e.g. with a stubbed catalogue. */
    CliRunner(Supplier<CommandLine> commands) {
        this.commands = commands;
    }

    /** Executes one command and returns its exit code; output adds up over calls until {@link #clear()}. */
    int run(String... args) {
        CommandLine cli = commands.get();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
