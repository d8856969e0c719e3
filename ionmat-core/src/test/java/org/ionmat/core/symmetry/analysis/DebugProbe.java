package org.ionmat.core.symmetry.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;

class DebugProbe {

    @Test
    void probe() {
        String id = System.getProperty("probe.id", "corundum-noise0.03");
        double tol = Double.parseDouble(System.getProperty("probe.tol", "0.1"));
        for (GoldenStructures.Entry e : GoldenStructures.load(System.getProperty("probe.res", "synthetic-spglib.json.gz"))) {
            if (!e.id().equals(id)) {
                continue;
            }
            Cell cell = new Cell(e.structure().lattice().rowMajor(), e.structure().fracCoords(), e.types());
            for (double t = tol, k = 0; k < 20; k++, t *= 0.95) {
                PrimitiveCell pr = PrimitiveCellFinder.find(cell, t);
                List<Operation> o = pr == null ? null : OperationFinder.find(pr.cell(), t, -1);
                PointGroup g = o == null ? null : PointGroup.of(o.stream().map(Operation::rotation).toList());
                SpaceGroupMatch mm = g == null ? null : SpaceGroupMatcher.match(pr.cell().lattice, o, g, SpglibReferenceSettings.INSTANCE, t);
                System.out.println("tol " + t + " prim " + (pr == null ? null : pr.cell().size()) + " ops " + (o == null ? null : o.size())
                        + " pg " + g + " sg " + (mm == null ? null : mm.setting().number()));
            }
            PrimitiveCell prim = PrimitiveCellFinder.find(cell, tol);
            System.out.println("prim " + (prim == null ? null : prim.cell().size()));
            if (prim == null) {
                return;
            }
            System.out.println("lattice pg " + LatticePointGroup.of(prim.cell().lattice, tol, -1).size());
            List<Operation> ops = OperationFinder.find(prim.cell(), tol, -1);
            System.out.println("ops " + (ops == null ? null : ops.size()));
            if (ops == null) {
                return;
            }
            PointGroup pg = PointGroup.of(ops.stream().map(Operation::rotation).toList());
            System.out.println("pg " + pg);
            SpaceGroupMatch m = SpaceGroupMatcher.match(prim.cell().lattice, ops, pg, SpglibReferenceSettings.INSTANCE, tol);
            System.out.println("match " + (m == null ? null : m.setting().number()));
            System.out.println(e.spglib().get(String.valueOf(tol)).get("translations"));
            for (Operation op : ops) {
                System.out.println(java.util.Arrays.toString(op.rotation()) + " " + java.util.Arrays.toString(op.translation()));
            }
        }
    }
}
