package org.ionmat.core.symmetry.analysis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class StandardProbe {

    @Test
    void probe() {
        Map<String, Integer> bad = new TreeMap<>();
        for (String res : new String[] {"synthetic-spglib.json.gz", "obelix-spglib.json.gz"}) {
            List<GoldenStructures.Entry> all = GoldenStructures.load(res);
            for (String sp : new String[] {"0.01", "0.1"}) {
                int[] ok = new int[8];
                int total = 0;
                for (GoldenStructures.Entry e : all) {
                    var ref = e.spglib().get(sp);
                    if (ref == null) {
                        continue;
                    }
                    total++;
                    SymmetryAnalysis a = SymmetryAnalysis.of(e.structure(), Double.parseDouble(sp), -1,
                            SpglibReferenceSettings.INSTANCE);
                    boolean[] c = new boolean[8];
                    c[0] = a.hallNumber() == ref.get("hall_number").asInt();
                    c[1] = a.pointGroup().symbol().equals(ref.get("pointgroup").asText());
                    c[2] = a.conventionalCell().size() == ref.get("n_std").asInt();
                    double[] p = a.conventionalCell().lattice().parameters();
                    boolean params = true;
                    for (int k = 0; k < 6; k++) {
                        params &= Math.abs(p[k] - ref.get("std_parameters").get(k).asDouble()) < (k < 3 ? 1e-3 : 1e-2);
                    }
                    c[3] = params;
                    c[4] = a.primitiveCell().size() == ref.get("n_primitive").asInt();
                    boolean tm = true;
                    double[][] t = a.transformationMatrix();
                    for (int i = 0; i < 3; i++) {
                        for (int j = 0; j < 3; j++) {
                            tm &= Math.abs(t[i][j] - ref.get("transformation_matrix").get(i).get(j).asDouble()) < 1e-6;
                        }
                    }
                    c[5] = tm;
                    boolean os = true;
                    for (int i = 0; i < 3; i++) {
                        double d = a.originShift()[i] - ref.get("origin_shift").get(i).asDouble();
                        os &= Math.abs(d - Math.rint(d)) < 1e-3;
                    }
                    c[6] = os && tm;
                    c[7] = GoldenStructures.samePartition(a.crystallographicOrbits(),
                            GoldenStructures.ints(ref.get("crystallographic_orbits")));
                    for (int k = 0; k < 8; k++) {
                        if (c[k]) {
                            ok[k]++;
                        }
                    }
                    if (!c[3]) {
                        String key = a.crystalSystem() + " params";
                        bad.merge(key, 1, Integer::sum);
                        if (bad.get(key) <= 3) {
                            System.out.println(e.id() + " " + sp + " " + a + " params " + java.util.Arrays.toString(p) + " vs "
                                    + ref.get("std_parameters"));
                        }
                    }
                    if (!c[5]) {
                        bad.merge(a.crystalSystem() + " tm", 1, Integer::sum);
                    }
                }
                System.out.printf("%s %s of %d: hall %d pg %d nstd %d params %d nprim %d tm %d tm+origin %d orbits %d%n", res, sp, total,
                        ok[0], ok[1], ok[2], ok[3], ok[4], ok[5], ok[6], ok[7]);
            }
        }
        System.out.println(bad);
    }
}
