package org.ionmat.core.symmetry.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The standard settings taken from the project's space-group database agree with spglib's database
 * (default Hall setting of each type, dumped by scripts/golden/spglib_symmetry_golden.py).
 */
class StandardSettingsTest {

    @Test
    void databaseSettingsAreSpglibs() {
        List<ReferenceSetting> ours = new ArrayList<>();
        for (PointGroup pg : PointGroup.values()) {
            ours.addAll(StandardSettings.INSTANCE.forPointGroup(pg));
        }
        assertEquals(230, ours.size());
        for (ReferenceSetting spglib : SpglibReferenceSettings.INSTANCE.all) {
            ReferenceSetting s = ours.stream().filter(x -> x.number() == spglib.number()).findFirst().orElseThrow();
            String id = "space group " + s.number();
            assertEquals(spglib.hallNumber(), s.hallNumber(), id);
            assertEquals(spglib.hallSymbol(), s.hallSymbol(), id);
            assertEquals(spglib.international(), s.international(), id);
            assertEquals(spglib.choice(), s.choice(), id);
            assertEquals(spglib.pointGroup(), s.pointGroup(), id);
            assertEquals(spglib.centering(), s.centering(), id);
            assertEquals(spglib.rotations().size(), s.rotations().size(), id);
            for (int i = 0; i < s.rotations().size(); i++) {
                int k = spglib.indexOf(s.rotations().get(i));
                assertTrue(k >= 0, id);
                double[] a = s.translations().get(i);
                double[] b = spglib.translations().get(k);
                boolean same = false;
                List<double[]> cent = new ArrayList<>(s.centering().translations());
                cent.add(new double[3]);
                for (double[] c : cent) {
                    same |= Centering.sameModOne(a, new double[] {b[0] + c[0], b[1] + c[1], b[2] + c[2]}, 1e-9);
                }
                assertTrue(same, id + ": translation of rotation " + i);
            }
        }
    }
}
