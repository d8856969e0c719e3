package org.ionmat.core.io;

import static org.ionmat.core.io.IoTestFiles.assertArrayClose;
import static org.ionmat.core.io.IoTestFiles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * POSCAR -> extended XYZ -> LAMMPS data -> POSCAR, and further writer outputs, committed under
 * {@code io/chain/} so that ASE and LAMMPS can read the very same files
 * ({@code scripts/golden/formats_ase.py}; see {@link AseGoldenTest}). Regenerate with
 * {@code -Dionmat.regenerate=true} after a deliberate change of a writer, then rerun the script.
 */
class ConversionChainTest {

    /** The files the writers produce from the committed samples, by path below {@code io/}. */
    static Map<String, String> generate() {
        Map<String, String> out = new LinkedHashMap<>();
        Structure s0 = PoscarReader.read(text("ase/Li4Ge2O8.vasp"), "Li4Ge2O8.vasp");
        String xyz = ExtXyzWriter.write(s0);
        Structure s1 = ExtXyzReader.read(xyz, "step1.extxyz").get(0).structure();
        String data = LammpsDataWriter.write(s1);
        Structure s2 = LammpsDataReader.read(data, "step2.data");
        String poscar = PoscarWriter.write(s2, "Li4Ge2O8 after extxyz and LAMMPS data", false);
        out.put("chain/step1.extxyz", xyz);
        out.put("chain/step2.data", data);
        out.put("chain/step3.vasp", poscar);

        double[] q = new double[s0.size()];
        double[] v = new double[3 * s0.size()];
        for (int i = 0; i < q.length; i++) {
            Element e = s0.elementOf(i);
            q[i] = e == Element.Li ? 1 : e == Element.Ge ? 4 : -1.5;
            for (int k = 0; k < 3; k++) {
                v[3 * i + k] = 10 * Math.sin(1.3 * (3 * i + k));
            }
        }
        Structure charged = s0.withProperty(PropertyNames.CHARGE, SiteProperty.scalar(q))
                .withProperty(PropertyNames.VELOCITIES, SiteProperty.vector(v));
        out.put("chain/charge_velocities.data", LammpsDataWriter.write(charged));
        out.put("chain/hexagonal.data", LammpsDataWriter.write(threeAtoms(Lattice.hexagonal(3.2, 5.1))));
        out.put("chain/skewed.data", LammpsDataWriter.write(threeAtoms(
                Lattice.of(new double[][] {{4, 0, 0}, {10.8, 5, 0}, {-7, 3.1, 6}}))));
        out.put("chain/lefthanded.data", LammpsDataWriter.write(threeAtoms(
                Lattice.of(new double[][] {{0, 4, 0}, {4.5, 0, 0}, {0.3, 0.2, 5}}))));

        Trajectory npt = LammpsDumpReader.read(text("lammps/npt.lammpstrj"), "npt.lammpstrj");
        out.put("chain/npt.XDATCAR", XdatcarWriter.write(npt, "LAMMPS npt run, rewritten by ionmat"));
        out.put("chain/npt.lammpstrj", LammpsDumpWriter.write(npt));
        out.put("chain/frames.extxyz", ExtXyzWriter.write(ExtXyzReader.read(text("ase/frames.extxyz"), "frames.extxyz")));
        return out;
    }

    private static Structure threeAtoms(Lattice l) {
        return Structure.builder(l)
                .add(Species.of(Element.Li), new double[] {0.1, 0.2, 0.3})
                .add(Species.of(Element.O), new double[] {0.6, 0.1, 0.9})
                .add(Species.of(Element.O), new double[] {-0.35, 0.75, 1.5})
                .build();
    }

    @Test
    void committedChainFilesAreTheWritersOutput() throws IOException {
        Map<String, String> files = generate();
        if (IoTestFiles.regenerate()) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Files.createDirectories(IoTestFiles.sourcePath(e.getKey()).getParent());
                Files.writeString(IoTestFiles.sourcePath(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            assertEquals(text(e.getKey()), e.getValue(), e.getKey()
                    + " differs from the writer's output: regenerate with -Dionmat.regenerate=true and rerun"
                    + " scripts/golden/formats_ase.py");
        }
    }

    @Test
    void chainEndsWhereItStarted() {
        Structure s0 = PoscarReader.read(text("ase/Li4Ge2O8.vasp"), "start");
        Structure s3 = PoscarReader.read(text("chain/step3.vasp"), "end");
        // the LAMMPS step rotates the cell; lattice parameters and fractional coordinates are unchanged
        assertArrayClose(s0.lattice().parameters(), s3.lattice().parameters(), 1e-8, "lattice parameters");
        assertArrayClose(s0.fracCoords(), s3.fracCoords(), 1e-8, "fractional coordinates");
        for (int i = 0; i < s0.size(); i++) {
            assertEquals(s0.speciesAt(i), s3.speciesAt(i));
        }
        assertEquals(List.of(), List.copyOf(s3.propertyNames()));
    }
}
