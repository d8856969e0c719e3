package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Every command's --help renders: picocli formats descriptions with String.format, so a bare '%' breaks them. */
class HelpTextTest {

    private static void collect(CommandLine c, List<List<String>> paths, List<String> prefix) {
        for (var e : c.getSubcommands().entrySet()) {
            if (e.getKey().equals("help") || !e.getKey().equals(e.getValue().getCommandName())) {
                continue; // picocli's help command, and aliases of commands listed under their names
            }
            List<String> p = new ArrayList<>(prefix);
            p.add(e.getKey());
            paths.add(p);
            collect(e.getValue(), paths, p);
        }
    }

    @Test
    void everyCommandsHelpRendersWithoutPicocliWarnings() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new Main()), paths, List.of());
        assertTrue(paths.size() > 20, paths.toString());
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (List<String> p : paths) {
                List<String> args = new ArrayList<>(p);
                args.add("--help");
                CliRunner r = CliRunner.run(args.toArray(new String[0]));
                assertEquals(0, r.exitCode(), p + ": " + r.err());
                assertTrue(r.out().contains("Usage: ionmat " + String.join(" ", p)), p + ": " + r.out());
            }
        } finally {
            System.setErr(saved);
        }
        String warnings = captured.toString(StandardCharsets.UTF_8);
        assertFalse(warnings.contains("picocli WARN"), warnings);
    }
}
