package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.symmetry.SpaceGroup;
import org.ionmat.core.symmetry.SpaceGroups;

/**
 * The standard settings of the 230 space-group types from the project's space-group database
 * ({@link SpaceGroups#byNumber(int)}: the first tabulated Hall setting of each type, which is
 * spglib's standard: origin choice 1, hexagonal axes for R groups, unique axis b and cell choice 1
 * for monoclinic groups).
 */
final class StandardSettings implements ReferenceSettings {

    static final StandardSettings INSTANCE = new StandardSettings();

    private volatile Map<PointGroup, List<ReferenceSetting>> byClass;

    private StandardSettings() {
    }

    @Override
    public List<ReferenceSetting> forPointGroup(PointGroup pointGroup) {
        Map<PointGroup, List<ReferenceSetting>> m = byClass;
        if (m == null) {
            m = build();
            byClass = m;
        }
        return m.getOrDefault(pointGroup, List.of());
    }

    private static Map<PointGroup, List<ReferenceSetting>> build() {
        Map<PointGroup, List<ReferenceSetting>> m = new EnumMap<>(PointGroup.class);
        for (int n = 1; n <= 230; n++) {
            SpaceGroup g = SpaceGroups.byNumber(n).orElseThrow();
            ReferenceSetting s = ReferenceSetting.of(n, g.hallNumber(), g.hallSymbol(), g.shortSymbol(), g.setting(),
                    g.operations());
            m.computeIfAbsent(s.pointGroup(), k -> new ArrayList<>()).add(s);
        }
        return m;
    }
}
