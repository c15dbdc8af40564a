package org.hifazat.pdq.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code pdq} command-line tool: {@code pdq hash …} and {@code pdq match …}. */
@Command(name = "pdq",
        mixinStandardHelpOptions = true,
        version = "pdq 0.1.0 (Hifazat)",
        description = {"PDQ perceptual hashes of images, bit for bit as Meta's reference computes them,",
            "and matching against a list of known hashes."},
        subcommands = {HashCommand.class, MatchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some inputs could not be read (named on stderr)", "2:invalid usage"})
public final class PdqCli implements Runnable {

    @Spec
    private CommandSpec spec;

    /** A configured command line, for {@link #main} and for running in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new PdqCli());
    }

    /** Runs the tool and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use 'hash' or 'match'");
    }
}
