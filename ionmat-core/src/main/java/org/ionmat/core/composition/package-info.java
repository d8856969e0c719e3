/**
 * Compositions, formula parsing and oxidation-state guesses.
 *
 * <ul>
 *   <li>{@link org.ionmat.core.composition.Composition}: immutable amounts per species; formulas in
 *       pymatgen's forms ({@code formula}, {@code reducedFormula}, {@code anonymizedFormula},
 *       {@code chemicalSystem}), weight (g/mol), fractional composition, comparison with tolerance.
 *       {@code Composition.parse} reads formulas with the grammar of {@code FormulaParser}.</li>
 *   <li>{@link org.ionmat.core.composition.OxidationStateGuesser}: charge-balanced oxidation states
 *       ranked by ICSD occurrence ({@link org.ionmat.core.composition.OxidationStatistics}), also for
 *       non-integer compositions.</li>
 * </ul>
 *
 * <h2>Where ionmat deliberately differs from pymatgen 2022.11.7</h2>
 * Checked on all OBELiX compositions and 300 experimental band-gap compositions
 * ({@code CompositionGoldenTest}); everything else agrees exactly.
 * <ul>
 *   <li>Parsing: {@code CuSO4.5H2O} is a hydrate (pymatgen reads O4.5 and H2O); square brackets,
 *       braces, '·' and '*' are accepted (pymatgen rejects them); unknown symbols such as {@code Xx}
 *       are errors (pymatgen makes dummy species); charged species in pymatgen's own string form
 *       ({@code Li+2 O2-1}) are read (pymatgen cannot read them back).</li>
 *   <li>Formula order: electronegativity, ties by symbol in {@code formula()} as in
 *       {@code reducedFormula()} (pymatgen's {@code formula} keeps the input order for ties, e.g.
 *       {@code Si2Re} -> {@code Si2 Re1}; ionmat prints {@code Re1 Si2}). Elements without
 *       electronegativity (He, Ne, Ar) go last (pymatgen sorts NaN keys unpredictably).</li>
 *   <li>Numbers: amounts are rounded to 8 decimals everywhere; pymatgen's anonymized formula prints
 *       the float noise of summed amounts ({@code 0.9950000000000001}), prints amounts below 1e-4
 *       in exponent form and truncates values just below an integer ({@code 3.0}).</li>
 *   <li>Oxidation states: pymatgen refuses non-integer compositions; ionmat scales them to the
 *       smallest integer composition (see {@code OxidationStateGuesser}). Integer compositions give
 *       the same top guess, score and number of guesses as pymatgen (126 of 126 integer OBELiX
 *       reduced compositions); ties, which pymatgen orders by the order of its candidate lists,
 *       are ordered by lower totals on less electronegative elements first.</li>
 * </ul>
 */
package org.ionmat.core.composition;
