package org.ionmat.learn.data;

import java.nio.file.Path;
import java.util.List;

import org.ionmat.core.InvalidInputException;

/**
 * Public data files that {@code ionmat data fetch NAME} downloads for users, each with its pinned
 * URL and SHA-256, and the local data folder they go to: the environment variable
 * {@code IONMAT_DATA}, else the system property {@code ionmat.data}, else {@code ~/.ionmat/data}.
 *
 * <p>The element embeddings are the files of CompRhys/aviary (MIT licence) at the commits named in
 * the URLs; their SHA-256 sums are those of the copies in the project's shared data folder (same
 * sizes as the upstream files). The experimental band gaps are CompRhys/roost's file (MIT licence)
 * at the commit named in the URL: all 3,895 rows of the thesis' EX set, of which the shared data
 * folder's {@code bandgap/expt-non-metals.csv} holds 3,116 (same ids, same values); its SHA-256 is
 * that of a copy made from a stored snapshot of the upstream file (70,136 bytes, as upstream).
 */
public final class DataCatalog {

    /** One downloadable file. */
    public record Entry(String name, String description, String url, String sha256, String relativePath, String licence) {
    }

    private static final String AVIARY = "https://raw.githubusercontent.com/CompRhys/aviary/";
    private static final String ROOST = "https://raw.githubusercontent.com/CompRhys/roost/";

    /** All known entries. */
    public static final List<Entry> ENTRIES = List.of(
            new Entry("matscholar200", "Matscholar word2vec element embedding, 200 dims (Tshitoyan et al. 2019); Roost default",
                    AVIARY + "a45493f922b191f87439e10ec4aab9db95cfa708/aviary/embeddings/element/matscholar200.json",
                    "ad8e5d8eeae52ca3b46b33454708ca34802c86402ac1305e6d5d1d5e60fbd44e", "embeddings/matscholar200.json", "MIT"),
            new Entry("megnet16", "MEGNet element embedding, 16 dims (Chen et al. 2019)",
                    AVIARY + "ea8694a83a267363b30edd0f96692c04de3157c9/aviary/embeddings/element/megnet16.json",
                    "0600512a4905158e72488a87f09f8629531288b2220525c87dd1ba1bc234e8a6", "embeddings/megnet16.json", "MIT"),
            new Entry("cgcnn92", "CGCNN atom features, 92 dims (Xie & Grossman 2018)",
                    AVIARY + "a45493f922b191f87439e10ec4aab9db95cfa708/aviary/embeddings/element/cgcnn92.json",
                    "60facdaec96394a047bd351559f42f8997f2d4441a83923cbcf88dd77c446e0e", "embeddings/cgcnn92.json", "MIT"),
            new Entry("onehot112", "one-hot element encoding, 112 dims",
                    AVIARY + "06e6f35cd5e73ba495148d57b167aaf93a7629ea/aviary/embeddings/element/onehot112.json",
                    "a6cbb4bccdc5b40fe25c8b5c7c58e7ea30921c3e256a30c694a78fcf2c0d0944", "embeddings/onehot112.json", "MIT"),
            new Entry("expt-bandgaps", "experimental band gaps of non-metals, the whole EX set of the Roost thesis (3,895 rows; "
                    + "Zhuo et al. 2018); columns material_id,composition,Eg (eV)",
                    ROOST + "71c14fea2762672a7dd294b6f624af4fc694b799/data/datasets/roost/expt-non-metals.csv",
                    "be1dc585fa4745d9743f2b7243d3e5749826db2822d8645694c63533e0ba9186", "bandgap/expt-non-metals-all.csv", "MIT"));

    private DataCatalog() {
    }

    /** The entry of a name; throws {@link InvalidInputException} listing the known names. */
    public static Entry entry(String name) {
        for (Entry e : ENTRIES) {
            if (e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        throw new InvalidInputException("unknown data set '" + name + "'; known: "
                + String.join(", ", ENTRIES.stream().map(Entry::name).toList()));
    }

    /** The local data folder. */
    public static Path dataDir() {
        String env = System.getenv("IONMAT_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String prop = System.getProperty("ionmat.data");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        return Path.of(System.getProperty("user.home"), ".ionmat", "data");
    }

    /** Where an entry is stored locally. */
    public static Path localPath(Entry e) {
        return dataDir().resolve(e.relativePath());
    }
}
