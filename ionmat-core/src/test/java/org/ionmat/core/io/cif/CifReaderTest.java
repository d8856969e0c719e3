package org.ionmat.core.io.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.symmetry.SpaceGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building structures from CIF blocks; expected values are analytic or hand-derived. */
class CifReaderTest {

    /** Avogadro's number times 1e-24: g/cm^3 = amu / Å^3 / 0.602214076. */
    private static final double NA_E24 = 0.602214076;

    @BeforeEach
    void needElementData() {
        CifTestSupport.assumeElementData();
    }

    private static Structure one(String text) {
        List<Structure> all = CifReader.read(text, "t.cif");
        assertEquals(1, all.size());
        return all.get(0);
    }

    private static InvalidInputException error(String text) {
        return assertThrows(InvalidInputException.class, () -> CifReader.read(text, "t.cif"));
    }

    private static String cell(double a, double b, double c, double al, double be, double ga) {
        return "_cell_length_a " + a + "\n_cell_length_b " + b + "\n_cell_length_c " + c
                + "\n_cell_angle_alpha " + al + "\n_cell_angle_beta " + be + "\n_cell_angle_gamma " + ga + "\n";
    }

    private static final String CUBIC4 = cell(4, 4, 4, 90, 90, 90);

    @Test
    void rockSaltWithAllOperationsListed() {
        Structure s = one(CifTestSupport.resource("nacl_fm-3m.cif"));
        assertEquals(8, s.size());
        assertTrue(s.isOrdered());
        assertEquals(5.6402, s.lattice().a(), 1e-12);
        assertEquals(90, s.lattice().gamma(), 1e-12);
        assertEquals(4, s.composition().amount(Element.Na), 0);
        assertEquals(4, s.composition().amount(Element.Cl), 0);
        // oxidation states from the type symbols Na1+ / Cl1- and the _atom_type loop
        assertEquals(4, s.composition().amount(Species.of(Element.Na, 1)), 0);
        assertEquals(4, s.composition().amount(Species.of(Element.Cl, -1)), 0);
        // shortest Na-Cl distance a/2, Na-Na a/sqrt(2)
        double naCl = Double.MAX_VALUE;
        double naNa = Double.MAX_VALUE;
        for (int j = 1; j < 8; j++) {
            if (j < 4) {
                naNa = Math.min(naNa, s.distance(0, j));
            } else {
                naCl = Math.min(naCl, s.distance(0, j));
            }
        }
        assertEquals(5.6402 / 2, naCl, 1e-12);
        assertEquals(5.6402 / Math.sqrt(2), naNa, 1e-12);
        // density: 4 NaCl / a^3
        double mass = 4 * (Element.Na.atomicMass() + Element.Cl.atomicMass());
        assertEquals(mass / (Math.pow(5.6402, 3) * NA_E24), s.composition().weight() / s.volume() / NA_E24, 1e-12);
        // sites in [0, 1), Na (lower electronegativity) first, labels kept
        for (int i = 0; i < 8; i++) {
            assertEquals(i < 4 ? Element.Na : Element.Cl, s.elementOf(i));
            assertEquals(i < 4 ? "Na1" : "Cl1", s.label(i));
            for (double f : s.frac(i)) {
                assertTrue(f >= 0 && f < 1);
            }
        }
    }

    @Test
    void roundedThirdsOnSpecialPositionsMerge() {
        // wurtzite: 2 Zn + 2 O; labels ZN1 (all capitals) and O1 give Zn and O
        Structure s = one(CifTestSupport.resource("zno_p63mc.cif"));
        assertEquals(4, s.size());
        assertEquals(2, s.composition().amount(Element.Zn), 0);
        assertEquals(2, s.composition().amount(Element.O), 0);
        assertEquals(1.0 / 3, s.frac(0)[0], 1e-15); // 0.3333 made exact
        assertEquals(2.0 / 3, s.frac(0)[1], 1e-15);
        // Zn-O bond along c: u c
        assertEquals(0.3819 * 5.2066, s.distance(0, 2), 1e-9);
    }

    @Test
    void partialOccupanciesOfDifferentSpeciesFormOneMixedSite() {
        Structure s = one("data_x\n" + CUBIC4 + """
                loop_
                _atom_site_label
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                _atom_site_occupancy
                La1 La3+ 0 0 0 0.5
                Li1 Li1+ 0.99995 0.00003 1.0 0.35
                Ti1 Ti4+ 0.5 0.5 0.5 1
                O1 O2- 0.5 0.5 0 ?
                """);
        assertEquals(3, s.size());
        Map<Species, Double> mixed = s.site(0).species().amounts();
        assertEquals(0.5, mixed.get(Species.of(Element.La, 3)), 0);
        assertEquals(0.35, mixed.get(Species.of(Element.Li, 1)), 0);
        assertEquals("La1", s.label(0));
        assertFalse(s.isOrdered());
        assertEquals(0.85, s.site(0).occupancy(), 1e-15);
        assertEquals(1.0, s.composition().amount(Element.O), 0); // '?' occupancy means 1
    }

    @Test
    void coincidentSitesAboveFullOccupancyAreAnError() {
        InvalidInputException e = error("data_x\n" + CUBIC4 + """
                loop_
                _symmetry_equiv_pos_as_xyz
                x,y,z
                -x,-y,-z
                loop_
                _atom_site_label
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                _atom_site_occupancy
                Li1 0.1 0.2 0.3 0.6
                Na1 0.90004 0.8 0.7 0.6
                """);
        assertEquals(19, e.line());
        assertTrue(e.getMessage().contains("sites Li1, Na1 coincide"), e.getMessage());
        assertTrue(e.getMessage().contains("1.2000, more than 1"), e.getMessage());
        // within the occupancy tolerance the occupancies are kept as written
        Structure s = CifReader.read("data_x\n" + CUBIC4 + "loop_\n_atom_site_label\n_atom_site_fract_x\n"
                + "_atom_site_fract_y\n_atom_site_fract_z\n_atom_site_occupancy\nLi1 0 0 0 0.6\nNa1 0 0 0 0.4005\n",
                "t.cif").get(0);
        assertEquals(1.0005, s.site(0).occupancy(), 1e-12);
        // and a larger tolerance can be chosen
        CifReader.Options loose = new CifReader.Options(1e-4, 0.25);
        assertEquals(1, CifReader.read("data_x\n" + CUBIC4 + "loop_\n_atom_site_label\n_atom_site_fract_x\n"
                + "_atom_site_fract_y\n_atom_site_fract_z\n_atom_site_occupancy\nLi1 0 0 0 0.6\nNa1 0 0 0 0.6\n",
                "t.cif", loose).get(0).size());
    }

    @Test
    void symmetryImagesOnASpecialPositionAreOneSite() {
        // P-1: (0,0,0) and (1/2,1/2,1/2) are fixed by the inversion; a general site gives 2
        Structure s = one("data_x\n" + CUBIC4 + """
                loop_
                _space_group_symop.operation_xyz
                x,y,z
                -x,-y,-z
                loop_
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Cs 0 0 1
                Cl 0.5 0.5 0.49996
                O 0.1 0.2 0.3
                """);
        assertEquals(4, s.size());
        assertEquals("Cs", s.label(0)); // label from the type symbol when there is no label column
        double[] o2 = s.frac(3);
        assertEquals(0.9, o2[0], 1e-15);
        assertEquals(0.8, o2[1], 1e-15);
        assertEquals(0.7, o2[2], 1e-15);
    }

    @Test
    void elementsFromLabelsFollowDocumentedCaseRules() {
        String text = "data_x\n" + CUBIC4 + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\nLi1 0 0 0\nLA1 0.1 0 0\nla2 0.2 0 0\nO2A 0.3 0 0\nCL2 0.4 0 0\nS1 0.5 0 0\n"
                + "Ow 0.6 0 0\n";
        Structure s = one(text);
        Map<Element, Double> el = s.composition().elementAmounts();
        assertEquals(Map.of(Element.Li, 1.0, Element.La, 2.0, Element.O, 2.0, Element.Cl, 1.0, Element.S, 1.0), el);
        assertEquals(Element.Li, CifSymbols.fromLabel("Li1"));
        assertEquals(Element.Ho, CifSymbols.fromLabel("HO1")); // documented pitfall of all-capital labels
        assertEquals(null, CifSymbols.fromLabel("1Li"));
        assertEquals(Species.of(Element.Li, 1), CifSymbols.typeSymbol("Li1+"));
        assertEquals(Species.of(Element.O, -2), CifSymbols.typeSymbol("O2-"));
        assertEquals(Species.of(Element.Fe, 3), CifSymbols.typeSymbol("Fe+3"));
        assertEquals(Species.of(Element.Mn, 3.5), CifSymbols.typeSymbol("Mn3.5+"));
        assertEquals(Species.of(Element.Li, 1), CifSymbols.typeSymbol("Li+"));
        assertEquals(Species.of(Element.Li), CifSymbols.typeSymbol("LI"));
        assertEquals(Species.of(Element.O), CifSymbols.typeSymbol("O1"));
        assertEquals(Species.of(Element.H), CifSymbols.typeSymbol("Hw"));
        for (String bad : new String[] {"Xx", "OH", "D", "Li1+x", "Lii", "", "+1", "Li++"}) {
            assertEquals(null, CifSymbols.typeSymbol(bad), bad);
        }
        InvalidInputException e = error("data_x\n" + CUBIC4 + "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n"
                + "_atom_site_fract_y\n_atom_site_fract_z\nD 0 0 0\n");
        assertTrue(e.getMessage().contains("deuterium"), e.getMessage());
        e = error("data_x\n" + CUBIC4 + "loop_\n_atom_site_label\n_atom_site_fract_x\n"
                + "_atom_site_fract_y\n_atom_site_fract_z\n1X 0 0 0\n");
        assertTrue(e.getMessage().contains("unknown element '1X' in _atom_site_label"), e.getMessage());
    }

    @Test
    void oxidationStatesFromTheAtomTypeLoop() {
        String head = "data_x\n" + CUBIC4 + "loop_\n_atom_type_symbol\n_atom_type_oxidation_number\n"
                + "Li 1\nO -2\nFe2+ 2\nFe3+ 3\n";
        Structure s = one(head + "loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n"
                + "_atom_site_fract_y\n_atom_site_fract_z\nLi1 Li 0 0 0\nO1 O 0.5 0 0\nFe1 Fe2+ 0 0.5 0\n"
                + "Fe2 Fe3+ 0 0 0.5\nFe3 Fe 0.5 0.5 0.5\n");
        assertEquals(1, s.composition().amount(Species.of(Element.Li, 1)), 0);
        assertEquals(1, s.composition().amount(Species.of(Element.O, -2)), 0);
        assertEquals(1, s.composition().amount(Species.of(Element.Fe, 2)), 0);
        assertEquals(1, s.composition().amount(Species.of(Element.Fe, 3)), 0);
        assertEquals(1, s.composition().amount(Species.of(Element.Fe)), 0); // ambiguous: Fe2+ and Fe3+ listed
        InvalidInputException e = error("data_x\n" + CUBIC4 + "loop_\n_atom_type_symbol\n_atom_type_oxidation_number\n"
                + "Li1+ 2\nloop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\nLi1+ 0 0 0\n");
        assertTrue(e.getMessage().contains("contradicts"), e.getMessage());
    }

    @Test
    void cartesianCoordinatesWhenFractionalAreMissing() {
        String c = cell(4, 5, 6, 80, 95, 110);
        String frac = "data_f\n" + c + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\nLi1 0.1 0.2 0.3\nO1 0.6 0.7 0.8\n";
        Structure f = one(frac);
        StringBuilder cart = new StringBuilder("data_c\n" + c
                + "loop_\n_atom_site_label\n_atom_site_Cartn_x\n_atom_site_Cartn_y\n_atom_site_Cartn_z\n");
        for (int i = 0; i < 2; i++) {
            double[] r = f.cart(i);
            cart.append(f.label(i)).append(' ').append(r[0]).append(' ').append(r[1]).append(' ').append(r[2]).append('\n');
        }
        Structure s = one(cart.toString());
        assertEquals("", CifRoundTripTest.differences(f, s, 1e-12));
        // with an explicit fractionalisation matrix (here: a scaled identity, 0.25 per Å in x)
        Structure t = one("data_m\n" + cell(4, 4, 4, 90, 90, 90) + "_atom_sites_fract_tran_matrix_11 0.25\n"
                + "_atom_sites_fract_tran_matrix_22 0.25\n_atom_sites_fract_tran_matrix_33 0.25\n"
                + "_atom_sites_fract_tran_vector_1 0.5\n"
                + "loop_\n_atom_site_type_symbol\n_atom_site_Cartn_x\n_atom_site_Cartn_y\n_atom_site_Cartn_z\n"
                + "Li 1 2 3\n");
        assertEquals(0.75, t.frac(0)[0], 1e-15);
        assertEquals(0.5, t.frac(0)[1], 1e-15);
        assertEquals(0.75, t.frac(0)[2], 1e-15);
    }

    @Test
    void severalBlocksGiveSeveralStructuresAndBlocksWithoutSitesAreSkipped() {
        String site = "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n";
        String text = "data_global\n_publ_section_title 'two phases'\n"
                + "data_A\n" + CUBIC4 + site + "Li 0 0 0\n"
                + "data_B\n" + cell(3, 3, 3, 90, 90, 90) + site + "Na 0 0 0\nCl 0.5 0.5 0.5\n";
        List<CifEntry> e = CifReader.readEntries(text, "t.cif", CifReader.Options.DEFAULT);
        assertEquals(List.of("A", "B"), e.stream().map(CifEntry::blockName).toList());
        assertEquals(1, e.get(0).structure().size());
        assertEquals(2, e.get(1).structure().size());
        assertEquals(3, e.get(1).structure().lattice().a(), 1e-12);
    }

    @Test
    void zeroOccupancyAndDummySitesAreSkipped() {
        Structure s = one("data_x\n" + CUBIC4 + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\n_atom_site_occupancy\n_atom_site_calc_flag\n"
                + "Li1 0 0 0 1 d\nLi2 0.5 0 0 0.0 d\nQ1 0.5 0.5 0 1 dum\n");
        assertEquals(1, s.size());
    }

    @Test
    void cellAndSiteErrors() {
        String sites = "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
                + "Li 0 0 0\n";
        InvalidInputException e = error("data_x\n" + CUBIC4.replace("_cell_angle_beta 90.0", "_cell_angle_beta ?")
                + sites);
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("_cell_angle_beta is not given"), e.getMessage());
        e = error("data_x\n" + CUBIC4.replace("_cell_length_b 4.0", "_cell_length_b 4.0(") + sites);
        assertTrue(e.getMessage().contains("cell parameter _cell_length_b is not a number: '4.0('"), e.getMessage());
        e = error("data_x\n" + cell(4, 4, 4, 90, 90, 190) + sites);
        assertTrue(e.getMessage().contains("angles"), e.getMessage());
        e = error("data_x\n" + CUBIC4 + sites.replace("Li 0 0 0", "Li 0 ? 0"));
        assertTrue(e.getMessage().contains("coordinate _atom_site_fract_y of site Li is not given"), e.getMessage());
        e = error("data_x\n" + CUBIC4 + "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "Li 0 0\n");
        assertTrue(e.getMessage().contains("missing _atom_site_fract_z"), e.getMessage());
        e = error("data_x\n" + CUBIC4 + sites + "_atom_site_occupancy -0.5\n");
        assertTrue(e.getMessage().contains("negative occupancy"), e.getMessage());
        e = error("data_x\n" + CUBIC4 + "loop_\n_atom_site_label\nLi1\n"
                + "loop_\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n0 0 0\n0.5 0.5 0.5\n");
        assertTrue(e.getMessage().contains("different numbers of values"), e.getMessage());
        e = error("data_x\n" + CUBIC4 + "_symmetry_space_group_name_H-M 'P 1'\n_symmetry_equiv_pos_as_xyz '-x,-y,-z'\n" + sites);
        assertTrue(e.getMessage().contains("does not contain the identity"), e.getMessage());
    }

    @Test
    void spaceGroupSymbolOnly() {
        boolean available;
        try {
            SpaceGroups.operations("P 1");
            available = true;
        } catch (UnsupportedOperationException e) {
            available = false;
        }
        assumeTrue(available, "space-group database (SpaceGroups) not available yet; skipping symbol-only CIFs");
        String sites = "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
                + "Na 0 0 0\nCl 0.5 0.5 0.5\n";
        String a = cell(5.6402, 5.6402, 5.6402, 90, 90, 90);
        // the same rock salt from an H-M symbol, a Hall symbol and a number
        for (String head : new String[] {"_symmetry_space_group_name_H-M 'F m -3 m'\n",
            "_space_group_name_H-M_alt 'Fm-3m'\n", "_space_group_name_Hall '-F 4 2 3'\n",
            "_symmetry_Int_Tables_number 225\n", "_space_group_IT_number 225\n"}) {
            Structure s = one("data_x\n" + a + head + sites);
            assertEquals(8, s.size(), head);
            assertEquals(4, s.composition().amount(Element.Na), 0, head);
        }
        InvalidInputException e = error("data_x\n" + a + "_symmetry_space_group_name_H-M 'Q 9 9'\n" + sites);
        assertTrue(e.getMessage().contains("unknown space group 'Q 9 9'"), e.getMessage());
    }

    @Test
    void magneticCifsUseTheSpatialPartOfTheirOperations() {
        Structure s = one("data_m\n" + CUBIC4 + """
                loop_
                _space_group_symop_magn_operation.id
                _space_group_symop_magn_operation.xyz
                1 x,y,z,+1
                2 -x,-y,-z,+1
                loop_
                _space_group_symop_magn_centering.id
                _space_group_symop_magn_centering.xyz
                1 x,y,z,+1
                2 x+1/2,y+1/2,z+1/2,-1
                loop_
                _atom_site_label
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Fe1 0.1 0.2 0.3
                """);
        assertEquals(4, s.size());
        InvalidInputException e = error("data_m\n" + CUBIC4 + "_cell_modulation_dimension 1\n"
                + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nFe1 0 0 0\n");
        assertTrue(e.getMessage().contains("modulated"), e.getMessage());
    }

    @Test
    void noSymmetryInformationMeansP1() {
        Structure s = one("data_x\n" + CUBIC4 + "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n"
                + "_atom_site_fract_y\n_atom_site_fract_z\nLi 0.1 0.2 0.3\n");
        assertEquals(1, s.size());
    }

    @Test
    void readsFilesGzippedAndLatin1(@TempDir Path dir) throws Exception {
        String text = "data_x\n_publ_author_name 'M\u00fcller'\n" + CUBIC4
                + "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nLi 0 0 0\n";
        Path gz = dir.resolve("x.cif.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(1, CifReader.read(gz).get(0).size());
        Path latin = dir.resolve("latin.cif");
        Files.write(latin, text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(1, CifReader.readFirst(latin).size());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CifReader.read(dir.resolve("none.cif")));
        assertTrue(e.getMessage().startsWith("none.cif: file not found"), e.getMessage());
    }
}
