package org.ionmat.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionmat.core.element.Element;

/** Species of a VASP POTCAR, in order, from its {@code TITEL = PAW_PBE Li_sv 10Sep2004} lines. */
final class PotcarSpecies {

    private PotcarSpecies() {
    }

    /** Species of the POTCAR beside {@code file}, or null if there is none or it cannot be read. */
    static List<Element> besides(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return null;
        }
        Path potcar = dir.resolve("POTCAR");
        if (!Files.isRegularFile(potcar)) {
            return null;
        }
        List<Element> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(potcar, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = r.readLine()) != null) {
                int t = line.indexOf("TITEL");
                if (t < 0) {
                    continue;
                }
                int eq = line.indexOf('=', t);
                String[] tok = Tokens.split(eq >= 0 ? line.substring(eq + 1) : "");
                Element e = tok.length >= 2 ? VaspHeader.potcarSymbol(tok[1]) : null;
                if (e == null) {
                    return null;
                }
                out.add(e);
            }
        } catch (IOException e) {
            return null;
        }
        return out.isEmpty() ? null : out;
    }
}
