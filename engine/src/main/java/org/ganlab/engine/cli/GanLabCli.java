package org.ganlab.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ganlab}: everything the app does, headless. The only package that prints; each
 * subcommand writes through its {@code CommandLine}'s streams so tests can capture them.
 */
@Command(name = "ganlab", mixinStandardHelpOptions = true, version = "GAN Lab FX 0.1",
        description = "Train generative adversarial networks and inspect them, without the window.",
        subcommands = {TrainCommand.class, GenerateCommand.class, ExportCommand.class, ReportCommand.class, CompareCommand.class,
                DoctorCommand.class,
                BenchCommand.class, MetricsCommand.class, DownloadCommand.class, CommandLine.HelpCommand.class})
public final class GanLabCli {

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // The options bound what they can; this is the last net, so no stack trace either.
            System.err.println("ganlab: out of memory (" + e.getMessage() + "); ask for less"
                    + " (--batch, --count, --subset) or give Java more (-Xmx)");
            code = 1;
        }
        System.exit(code);
    }

    /** The configured command line: one-line messages for bad arguments, exit code 2. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GanLabCli());
        cli.setParameterExceptionHandler(GanLabCli::badArguments);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                return badArguments(new CommandLine.ParameterException(cmd, e.getMessage()), null);
            }
            cmd.getErr().println("ganlab: " + e.getMessage());
            return 1;
        });
        return cli;
    }

    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        e.getCommandLine().getErr().println("ganlab: " + e.getMessage());
        return 2;
    }
}
