package org.ionmat.core.symmetry.analysis;

import java.util.List;

/**
 * The standard settings of the 230 space-group types, from the project's space-group database.
 * Placeholder until the database lands: identification then fails with a clear message.
 */
final class StandardSettings implements ReferenceSettings {

    static final StandardSettings INSTANCE = new StandardSettings();

    private StandardSettings() {
    }

    @Override
    public List<ReferenceSetting> forPointGroup(PointGroup pointGroup) {
        throw new UnsupportedOperationException("space-group database not yet available");
    }
}
