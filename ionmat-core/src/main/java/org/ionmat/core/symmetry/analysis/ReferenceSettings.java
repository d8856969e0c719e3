package org.ionmat.core.symmetry.analysis;

import java.util.List;

/** Source of the standard settings against which space groups are identified. */
interface ReferenceSettings {

    /** The standard settings of all space-group types of a crystal class (order: by number). */
    List<ReferenceSetting> forPointGroup(PointGroup pointGroup);
}
