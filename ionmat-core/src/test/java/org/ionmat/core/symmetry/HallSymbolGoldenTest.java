package org.ionmat.core.symmetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The Hall parser against spglib's database, all 530 settings, operations compared as exact sets. */
class HallSymbolGoldenTest {

    @Test
    void everyHallSettingEqualsSpglib() {
        Map<Integer, Set<String>> golden = SpglibGolden.operationsByHallNumber();
        assertEquals(530, golden.size());
        List<String> failures = new ArrayList<>();
        for (int hall = 1; hall <= 530; hall++) {
            String symbol = SpaceGroupTable.get().entry(hall).hallSymbol();
            HallSymbol h = HallSymbol.parse(symbol);
            Set<String> ours = SpglibGolden.keys(h.operations());
            if (ours.size() != h.operations().size()) {
                failures.add(hall + " '" + symbol + "': duplicate operations");
            } else if (!ours.equals(golden.get(hall))) {
                failures.add(hall + " '" + symbol + "': " + ours.size() + " vs spglib " + golden.get(hall).size());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " settings differ: " + failures);
    }
}
