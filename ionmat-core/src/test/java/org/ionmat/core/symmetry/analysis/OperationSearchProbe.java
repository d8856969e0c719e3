package org.ionmat.core.symmetry.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;

class OperationSearchProbe {

    @Test
    void probe() {
        for (String res : new String[] {"synthetic-spglib.json.gz", "obelix-spglib.json.gz"}) {
            List<GoldenStructures.Entry> all = GoldenStructures.load(res);
            for (String sp : new String[] {"0.01", "0.1"}) {
                int ok = 0;
                int okEq = 0;
                int okNum = 0;
                int total = 0;
                long t0 = System.nanoTime();
                for (GoldenStructures.Entry e : all) {
                    var ref = e.spglib().get(sp);
                    if (ref == null) {
                        continue;
                    }
                    total++;
                    Cell cell = new Cell(e.structure().lattice().rowMajor(), e.structure().fracCoords(), e.types());
                    SymmetrySearch.Result r = SymmetrySearch.run(cell, Double.parseDouble(sp), -1, SpglibReferenceSettings.INSTANCE);
                    if (r == null) {
                        System.out.println(res + " " + sp + " " + e.id() + " FAILED (spglib " + ref.get("number").asInt() + ")");
                        continue;
                    }
                    CellOperations co = new CellOperations(r.primitive(), r.operations());
                    int n = co.rotations.size();
                    int num = r.match().setting().number();
                    if (n == ref.get("n_operations").asInt()) {
                        ok++;
                    }
                    if (num == ref.get("number").asInt()) {
                        okNum++;
                    }
                    if (n != ref.get("n_operations").asInt() || num != ref.get("number").asInt()) {
                        System.out.println(res + " " + sp + " " + e.id() + " ops " + n + " vs " + ref.get("n_operations").asInt()
                                + " number " + num + " vs " + ref.get("number").asInt() + " tol " + r.tolerance());
                    }
                    if (GoldenStructures.samePartition(co.equivalentAtoms, GoldenStructures.ints(ref.get("equivalent_atoms")))) {
                        okEq++;
                    }
                }
                System.out.printf("%s %s: number %d/%d ops agree %d/%d, equivalent atoms %d/%d, %.1f ms%n", res, sp, okNum, total,
                        ok, total, okEq, total, (System.nanoTime() - t0) / 1e6);
            }
        }
    }
}
