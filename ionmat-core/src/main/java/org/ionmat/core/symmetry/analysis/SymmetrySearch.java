package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the symmetry search on a cell: primitive cell, operations, point group and space-group
 * type. When a step finds an inconsistent result (translations that do not form a group,
 * rotations that are not a point group, operations that match no space-group type) the tolerance
 * is reduced by 5 % and the search repeated, at most 20 times, as spglib does.
 */
final class SymmetrySearch {

    static final int ATTEMPTS = 20;
    static final double REDUCTION = 0.95;

    /** A consistent result at tolerance {@code tolerance}. */
    record Result(double tolerance, PrimitiveCell primitive, List<Operation> operations, PointGroup pointGroup,
            SpaceGroupMatch match) {
    }

    private SymmetrySearch() {
    }

    /** The search result, or null if no tolerance down to 0.95^19 of the given one is consistent. */
    static Result run(Cell cell, double tolerance, double angleTolDeg, ReferenceSettings references) {
        double tol = tolerance;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++, tol *= REDUCTION) {
            PrimitiveCell prim = PrimitiveCellFinder.find(cell, tol);
            if (prim == null) {
                continue;
            }
            List<Operation> ops = OperationFinder.find(prim.cell(), tol, angleTolDeg);
            if (ops == null) {
                continue;
            }
            List<int[]> rots = new ArrayList<>();
            ops.forEach(o -> rots.add(o.rotation()));
            PointGroup pg = PointGroup.of(rots);
            if (pg == null) {
                continue;
            }
            SpaceGroupMatch match = SpaceGroupMatcher.match(prim.cell().lattice, prim.toInput(), ops, pg, references, tol);
            if (match == null) {
                continue;
            }
            return new Result(tol, prim, ops, pg, match);
        }
        return null;
    }
}
