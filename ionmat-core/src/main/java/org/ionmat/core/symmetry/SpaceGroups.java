package org.ionmat.core.symmetry;

import java.util.List;
import java.util.Optional;

/**
 * Placeholder API of the space-group database (Hall symbols of the 530 settings of the
 * International Tables, operations generated from them). Replaced by the full implementation.
 */
public final class SpaceGroups {

    private SpaceGroups() {
    }

    /**
     * The operations (coset representatives and centring translations, i.e. the full list of
     * operations modulo lattice translations) of a space group given by a Hermann-Mauguin symbol in
     * any common spelling ({@code "P2_1/c"}, {@code "P 1 21/c 1"}, {@code "Fd-3m:2"}), a Hall symbol
     * or an International Tables number (default setting).
     */
    public static Optional<List<SymmetryOperation>> operations(String symbolOrNumber) {
        throw new UnsupportedOperationException("space-group database not yet written");
    }
}
