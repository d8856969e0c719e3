package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operations of the input cell and its orbits, from the operations of its primitive cell: each
 * primitive rotation whose matrix is integral in the input basis (the others break the input
 * lattice, as for a supercell of lower metric symmetry) combined with every pure translation.
 */
final class CellOperations {

    /** Rotations (row-major) of the input-cell operations. */
    final List<int[]> rotations = new ArrayList<>();
    /** Translations (input fractional coordinates, in [0, 1)). */
    final List<double[]> translations = new ArrayList<>();
    /** For each input atom, the smallest index of an atom in its orbit under the input-cell operations. */
    final int[] equivalentAtoms;
    /** For each input atom, the smallest index of an atom in its orbit under the primitive operations. */
    final int[] crystallographicOrbits;
    /** For each primitive atom, a label of its orbit under the primitive operations. */
    final int[] primitiveOrbits;

    CellOperations(PrimitiveCell prim, List<Operation> primOps) {
        double[] p = prim.toInput();
        double[] pInv = Matrices.inverse(p);
        int n = prim.mapping().length;
        UnionFind inputOrbits = new UnionFind(n);
        Map<Integer, List<Integer>> byPrimitive = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            List<Integer> same = byPrimitive.computeIfAbsent(prim.mapping()[i], k -> new ArrayList<>());
            if (!same.isEmpty()) {
                inputOrbits.union(same.get(0), i);
            }
            same.add(i);
        }
        for (Operation op : primOps) {
            int[] r = Matrices.toIntOrNull(Matrices.conjugate(p, op.rotation(), pInv), 1e-6);
            if (r == null) {
                continue;
            }
            double[] t = Matrices.mulVec(p, op.translation());
            for (double[] tau : prim.translations()) {
                rotations.add(r);
                translations.add(new double[] {Matrices.wrap(t[0] + tau[0]), Matrices.wrap(t[1] + tau[1]),
                    Matrices.wrap(t[2] + tau[2])});
            }
            // the atoms of one primitive atom are already one orbit (pure translations), so the
            // operation joins the orbit of each primitive atom with that of its image
            for (var entry : byPrimitive.entrySet()) {
                int target = op.image()[entry.getKey()];
                inputOrbits.union(entry.getValue().get(0), byPrimitive.get(target).get(0));
            }
        }
        equivalentAtoms = inputOrbits.smallestMembers();
        UnionFind primOrbits = new UnionFind(prim.cell().size());
        for (Operation op : primOps) {
            for (int i = 0; i < op.image().length; i++) {
                primOrbits.union(i, op.image()[i]);
            }
        }
        int[] primRoot = primOrbits.roots();
        primitiveOrbits = primRoot;
        UnionFind crys = new UnionFind(n);
        int[] firstOfRoot = new int[prim.cell().size()];
        java.util.Arrays.fill(firstOfRoot, -1);
        for (int i = 0; i < n; i++) {
            int root = primRoot[prim.mapping()[i]];
            if (firstOfRoot[root] < 0) {
                firstOfRoot[root] = i;
            } else {
                crys.union(firstOfRoot[root], i);
            }
        }
        crystallographicOrbits = crys.smallestMembers();
    }
}
