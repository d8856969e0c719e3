package org.ionmat.core.element;

/**
 * One entry of Shannon's table of effective ionic radii (R. D. Shannon, Acta Cryst. A32, 751 (1976)).
 *
 * @param oxidationState oxidation state (integer charge)
 * @param coordination   coordination number as a Roman numeral, e.g. {@code "VI"}, {@code "IVSQ"}
 * @param spin           {@code "High Spin"}, {@code "Low Spin"} or empty
 * @param ionicRadius    effective ionic radius, Å
 * @param crystalRadius  crystal radius, Å
 */
public record ShannonRadius(int oxidationState, String coordination, String spin, double ionicRadius,
                            double crystalRadius) {

    /** Coordination number as an integer (parsed from the Roman numeral; "IVSQ" and "IVPY" give 4). */
    public int coordinationNumber() {
        String roman = coordination.replaceAll("[^IVX]", "");
        int total = 0;
        int prev = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int v = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
