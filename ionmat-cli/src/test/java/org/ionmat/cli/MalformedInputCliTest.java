package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-input corpus of the foundation issue: each bad input gives exit code 2 and one clear
 * line on stderr naming the problem, never a stack trace, and no output file.
 */
class MalformedInputCliTest {

    private static final String DIR = "src/test/resources/malformed/";

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(new String[] {"info", DIR + "truncated.cif"}, "truncated.cif:"),
                Arguments.of(new String[] {"info", DIR + "missing_cell.cif"}, "cell"),
                Arguments.of(new String[] {"info", DIR + "unknown_element.cif"}, "unknown element"),
                Arguments.of(new String[] {"info", DIR + "bad_symmetry_operation.cif"}, "symmetry operation"),
                Arguments.of(new String[] {"info", DIR + "empty.cif"}, "empty"),
                Arguments.of(new String[] {"info", DIR + "garbage.cif"}, "garbage.cif"),
                Arguments.of(new String[] {"info", DIR + "POSCAR"}, "POSCAR"),
                Arguments.of(new String[] {"info", DIR + "cut.cif.gz"}, "cut.cif.gz"),
                Arguments.of(new String[] {"info", DIR + "does-not-exist.cif"}, "no such file"),
                Arguments.of(new String[] {"composition", "Xx2O"}, "unknown element 'Xx' at position 1"),
                Arguments.of(new String[] {"composition", "Li(O2"}, "unclosed '(' at position 3"),
                Arguments.of(new String[] {"neighbors", "../examples/LiFePO4.cif", "--cutoff", "abc"}, "--cutoff"),
                Arguments.of(new String[] {"neighbors", "../examples/LiFePO4.cif", "--cutoff", "-2"}, "--cutoff"),
                Arguments.of(new String[] {"neighbors", "../examples/LLTO.cif", "--cutoff", "3"}, "partial"),
                Arguments.of(new String[] {"bench", "roost", "--threads", "-4"}, "--threads"),
                Arguments.of(new String[] {"bench", "roost", "--data", DIR + "no_usable_rows.csv", "--target", "Eg"},
                        "no usable rows"),
                Arguments.of(new String[] {"learning-curve", "nowhere-model", "--at", "0"}, "--at"),
                Arguments.of(new String[] {"info", "--no-such-option", "x.cif"}, "no-such-option"),
                Arguments.of(new String[] {"no-such-command"}, "no-such-command"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputGivesExitCodeTwoAndOneClearLine(String[] args, String mustMention) {
        CliRunner r = CliRunner.run(args);
        assertEquals(Main.BAD_INPUT, r.exitCode(), r.err());
        assertEquals("", r.out(), "nothing on stdout");
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("ionmat: error: "), r.err());
        assertTrue(first.contains(mustMention), "message should mention '" + mustMention + "': " + first);
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(r.err().contains("Exception"), "no exception class names: " + r.err());
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void debugFlagAddsStackTraceForFileErrors(String[] args, String ignored) {
        if (!args[0].equals("info") || args[1].startsWith("--")) {
            return;
        }
        CliRunner r = CliRunner.run(args[0], args[1], "--debug");
        assertEquals(Main.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("\tat "), "stack trace with --debug: " + r.err());
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void convertLeavesNoOutputFileBehind(String[] args, String ignored, @TempDir Path tmp) throws Exception {
        if (!args[0].equals("info") || args[1].startsWith("--")) {
            return;
        }
        Path out = tmp.resolve("out.vasp");
        CliRunner r = CliRunner.run("convert", args[1], out.toString());
        assertEquals(Main.BAD_INPUT, r.exitCode(), r.err());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count(), "no file, not even a temporary one, is left in the output directory");
        }
    }
}
