package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.ionmat.core.symmetry.CrystalSystem;
import org.ionmat.core.symmetry.SpaceGroup;
import org.ionmat.core.symmetry.SpaceGroups;

/**
 * The standard settings of the 230 space-group types from the project's space-group database
 * ({@link SpaceGroups#byNumber(int)}: the first tabulated Hall setting of each type, which is
 * spglib's standard: origin choice 1, hexagonal axes for R groups, unique axis b and cell choice 1
 * for monoclinic groups). Built per crystal system when first needed.
 */
final class StandardSettings implements ReferenceSettings {

    static final StandardSettings INSTANCE = new StandardSettings();

    private final ConcurrentHashMap<PointGroup, List<ReferenceSetting>> byClass = new ConcurrentHashMap<>();

    private StandardSettings() {
    }

    @Override
    public List<ReferenceSetting> forPointGroup(PointGroup pointGroup) {
        return byClass.computeIfAbsent(pointGroup, StandardSettings::build);
    }

    private static List<ReferenceSetting> build(PointGroup pointGroup) {
        CrystalSystem system = pointGroup.crystalSystem();
        List<ReferenceSetting> out = new ArrayList<>();
        for (int n = system.firstNumber(); n <= system.lastNumber(); n++) {
            SpaceGroup g = SpaceGroups.byNumber(n).orElseThrow();
            if (!g.pointGroup().equals(pointGroup.symbol())) {
                continue;
            }
            out.add(ReferenceSetting.of(n, g.hallNumber(), g.hallSymbol(), g.shortSymbol(), g.setting(), g.operations()));
        }
        return List.copyOf(out);
    }
}
