package org.ionmat.learn.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.regression.MlpRegressor;
import org.ionmat.learn.stats.CorrelationMatrix;
import org.ionmat.learn.stats.CorrelationMethod;
import org.ionmat.learn.table.CsvTableReader;
import org.ionmat.learn.table.DataTable;
import org.junit.jupiter.api.Test;

class TableAnalysisTest {

    static final String CSV = """
            material,family,D [cm^2/s],B [GPa],omega [meV],const
            a,Li,1e-6,40,20,1
            b,Li,3e-6,35,18,1
            c,Na,1e-7,60,25,1
            d,Na,0,70,27,1
            e,O,2e-8,90,31,1
            f,O,5e-8,80,30,1
            g,Li,8e-6,30,16,1
            """;

    @Test
    void logTransformRenamesAndDropsNonPositiveAndConstantColumns() {
        DataTable t = CsvTableReader.auto().parse(CSV, "t.csv");
        AnalysisSettings d = AnalysisSettings.defaults();
        AnalysisSettings s = new AnalysisSettings(List.of(), List.of(), "D", "family", null, List.of("D"), 0.2, 2, 4, 2, 5, 1,
                true, MlpRegressor.withLayers(4).withStopping(20, 1e-4, 10), 1.0, List.of("omega"), "family");
        AnalysisResult r = TableAnalysis.run(t, s);
        assertEquals(List.of("log10(D [cm^2/s])", "B [GPa]", "omega [meV]"), r.columns());
        assertEquals("log10(D [cm^2/s])", r.settings().target());
        assertTrue(r.warnings().contains("log10(D [cm^2/s]): 1 non-positive value treated as missing"), r.warnings().toString());
        assertTrue(r.warnings().contains("column 'const' left out: constant"), r.warnings().toString());
        assertEquals("a", r.ids()[0]); // the first all-distinct text column
        // the analysed data are the log values, and the matrices are those of the library on them
        double[] logD = r.data()[0];
        assertEquals(-6.0, logD[0], 1e-12);
        assertTrue(Double.isNaN(logD[3]));
        CorrelationMatrix direct = CorrelationMatrix.of(CorrelationMethod.PEARSON, r.columns(), r.data());
        assertEquals(direct.r(0, 1), r.pearson().r(0, 1), 0);
        assertNotNull(r.pca());
        assertEquals(7, r.points().length);
        assertEquals(2, r.kmeans().k());
        assertEquals(3, r.composition().labels().size());
        // 2 models x (anharmonic, harmonic), leave-one-family-out: 3 folds, 6 samples with a target
        assertEquals(4, r.ml().size());
        assertEquals(3, r.ml().get(0).folds());
        assertEquals(6, r.ml().get(0).actual().length);
        assertEquals(2, r.ml().get(0).features()); // B, omega (family is the CV group, material the row name)
        assertEquals(1, r.ml().get(2).features()); // harmonic: without omega
        assertNotNull(d);
    }

    @Test
    void tooFewColumnsIsAnInputError() {
        DataTable t = CsvTableReader.auto().parse("n,a,c\nx,1,5\ny,2,5\nz,3,5\n", "u.csv");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TableAnalysis.run(t, AnalysisSettings.defaults()));
        assertTrue(e.getMessage().contains("need at least 2 numeric columns"), e.getMessage());
        DataTable few = CsvTableReader.auto().parse("n,a,b\nx,1,5\ny,2,6\nz,3,8\n", "v.csv");
        AnalysisResult r = TableAnalysis.run(few, AnalysisSettings.defaults());
        assertEquals(2, r.kmeans().k()); // k = 6 reduced to n - 1
        assertNull(r.composition());
    }
}
