package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ionmat.core.io.LammpsDataReader;
import org.ionmat.core.io.PropertyNames;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    private static final String LI2O = "../examples/Li2O.cif";

    @TempDir
    Path tmp;

    @Test
    void chargeStyleTakesAssignedOxidationStates() throws IOException {
        Path out = tmp.resolve("li2o.lmp");
        CliRunner r = CliRunner.run("convert", LI2O, out.toString(), "--supercell", "2", "--atom-style", "charge");
        assertEquals(0, r.exitCode(), r.err());
        String text = Files.readString(out);
        assertTrue(text.contains("Atoms # charge"), text.substring(0, 200));
        Structure s = LammpsDataReader.read(text, "li2o.lmp");
        assertEquals(96, s.size());
        double[] q = s.property(PropertyNames.CHARGE).values();
        double total = 0;
        for (int i = 0; i < q.length; i++) {
            String el = s.site(i).majoritySpecies().element().symbol();
            assertEquals(el.equals("Li") ? 1.0 : -2.0, q[i], 0.0, el);
            total += q[i];
        }
        assertEquals(0.0, total, 0.0);
    }

    @Test
    void chargeStyleTakesGivenCharges() throws IOException {
        Path out = tmp.resolve("li2o.lmp");
        CliRunner r = CliRunner.run("convert", LI2O, out.toString(), "--atom-style", "charge", "--charge", "Li=0.6,O=-1.2");
        assertEquals(0, r.exitCode(), r.err());
        Structure s = LammpsDataReader.read(Files.readString(out), "li2o.lmp");
        for (int i = 0; i < s.size(); i++) {
            boolean li = s.site(i).majoritySpecies().element().symbol().equals("Li");
            assertEquals(li ? 0.6 : -1.2, s.property(PropertyNames.CHARGE).values()[i], 0.0);
        }
    }

    @Test
    void atomStyleErrors() {
        for (List<String> args : List.of(List.of("--atom-style", "full"), List.of("--atom-style", "charge", "--charge", "Li=1"),
                List.of("--atom-style", "charge", "--charge", "Li=x,O=-2"))) {
            Path out = tmp.resolve("bad.lmp");
            String[] a = new String[3 + args.size()];
            a[0] = "convert";
            a[1] = LI2O;
            a[2] = out.toString();
            for (int i = 0; i < args.size(); i++) {
                a[3 + i] = args.get(i);
            }
            CliRunner r = CliRunner.run(a);
            assertEquals(Main.BAD_INPUT, r.exitCode(), args + ": " + r.err());
            assertFalse(Files.exists(out), "no output for " + args);
        }
        CliRunner r = CliRunner.run("convert", LI2O, tmp.resolve("x.vasp").toString(), "--atom-style", "charge");
        assertEquals(Main.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("LAMMPS data"), r.err());
    }
}
