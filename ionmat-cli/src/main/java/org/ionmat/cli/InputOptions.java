package org.ionmat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.io.ReadOptions;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.io.StructureFormat;
import org.ionmat.core.structure.Structure;

import picocli.CommandLine.Option;

/** Options that tell readers what a file does not say itself (shared by commands that read structures). */
public final class InputOptions {

    @Option(names = "--species", split = ",", paramLabel = "EL",
            description = "Element of each species group, for VASP 4 files without a species line (e.g. Li,O).")
    List<String> species = new ArrayList<>();

    @Option(names = "--lammps-types", split = ",", paramLabel = "TYPE=EL",
            description = "Element of each LAMMPS atom type (e.g. 1=Li,2=O).")
    List<String> lammpsTypes = new ArrayList<>();

    @Option(names = "--lammps-style", paramLabel = "STYLE",
            description = "LAMMPS data atom style when the file does not say (atomic, charge, full).")
    String lammpsStyle;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Input format instead of detection: ${COMPLETION-CANDIDATES}.")
    StructureFormat format;

    /** The reader options given on the command line. */
    public ReadOptions readOptions() {
        ReadOptions o = ReadOptions.DEFAULT;
        if (!species.isEmpty()) {
            List<Element> els = new ArrayList<>();
            for (String s : species) {
                els.add(element(s.trim(), "--species"));
            }
            o = o.withSpecies(els);
        }
        if (!lammpsTypes.isEmpty()) {
            Map<Integer, Element> m = new LinkedHashMap<>();
            for (String t : lammpsTypes) {
                String[] kv = t.split("=", 2);
                if (kv.length != 2) {
                    throw new InvalidInputException(null, -1, t, "--lammps-types expects TYPE=ELEMENT, got '" + t + "'");
                }
                try {
                    m.put(Integer.parseInt(kv[0].trim()), element(kv[1].trim(), "--lammps-types"));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(null, -1, kv[0], "--lammps-types: type '" + kv[0] + "' is not an integer");
                }
            }
            o = o.withLammpsTypes(m);
        }
        if (lammpsStyle != null) {
            o = o.withLammpsAtomStyle(lammpsStyle);
        }
        return o;
    }

    /** Reads all structures of a file with these options. */
    public List<Structure> read(Path file) {
        return StructureFiles.read(file, format, readOptions());
    }

    private static Element element(String s, String option) {
        Element e = Element.lookup(s);
        if (e == null) {
            throw new InvalidInputException(null, -1, s, option + ": unknown element '" + s + "'");
        }
        return e;
    }
}
