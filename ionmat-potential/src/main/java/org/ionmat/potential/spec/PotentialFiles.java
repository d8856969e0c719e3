package org.ionmat.potential.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionmat.core.InvalidInputException;
import org.ionmat.potential.pair.BornMayerHuggins;
import org.ionmat.potential.pair.Buckingham;
import org.ionmat.potential.pair.LennardJones;
import org.ionmat.potential.pair.Morse;
import org.ionmat.potential.pair.PairFunction;
import org.ionmat.potential.pair.TabulatedPair;

/**
 * Reads potential files (JSON; format in {@code docs/potential-file.md}) into a
 * {@link PotentialModel}: the built-in pair-potential form ({@link PotentialSpec}) or, with
 * {@code "model": "NAME"}, a model of the {@link PotentialRegistry}. Every error is an
 * {@link InvalidInputException} naming the file and the field: unknown keys, wrong types, missing or
 * out-of-range parameters, species not declared in {@code charges}, duplicate pairs or keys.
 */
public final class PotentialFiles {

    /** Name of the built-in model. */
    public static final String PAIR_MODEL = "pair";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Set<String> TOP_KEYS = Set.of("model", "name", "description", "reference", "charges",
            "cutoff", "shift", "skin", "pairs", "coulomb");
    private static final Set<String> PAIR_COMMON = Set.of("species", "type", "cutoff", "shift");
    private static final Map<String, List<String>> PAIR_PARAMETERS = Map.of(
            "buckingham", List.of("A", "rho", "C"),
            "born", List.of("A", "rho", "sigma", "C", "D"),
            "morse", List.of("D0", "alpha", "r0"),
            "lj", List.of("epsilon", "sigma"),
            "table", List.of("r", "energy", "force", "file"));

    private PotentialFiles() {
    }

    /**
     * A model by name ({@code "softbv"}, any registered model) or from a file. A path that exists
     * is always read as a file.
     *
     * @throws InvalidInputException if it is neither a registered model nor a readable, valid file
     */
    public static PotentialModel load(String nameOrPath) {
        Path p = Path.of(nameOrPath);
        if (!Files.exists(p)) {
            PotentialProvider provider = PotentialRegistry.find(nameOrPath);
            if (provider != null) {
                return provider.create();
            }
            if (!nameOrPath.contains(".") && !nameOrPath.contains("/")) {
                throw new InvalidInputException(null, -1, nameOrPath, "no potential file or model named '" + nameOrPath
                        + "' (models available in this build: " + available() + ")");
            }
        }
        return read(p);
    }

    /**
     * Reads a potential file.
     *
     * @throws InvalidInputException naming the file (and the field) if it is missing or invalid
     */
    public static PotentialModel read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), -1, null, "no such potential file");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), -1, null, "cannot read the potential file: " + e.getMessage());
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), dir);
    }

    /**
     * Parses the text of a potential file.
     *
     * @param source  file name for messages
     * @param baseDir directory against which table files are resolved (may be null)
     */
    public static PotentialModel parse(String json, String source, Path baseDir) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InvalidInputException(source, loc == null ? -1 : loc.getLineNr(), null,
                    "not valid JSON: " + e.getOriginalMessage());
        }
        JsonFields top = JsonFields.of(root, source, "");
        String model = top.string("model", PAIR_MODEL).toLowerCase(Locale.ROOT);
        if (!model.equals(PAIR_MODEL)) {
            PotentialProvider provider = PotentialRegistry.find(model);
            if (provider == null) {
                List<String> known = new ArrayList<>(List.of(PAIR_MODEL));
                known.addAll(PotentialRegistry.models());
                throw top.error("model", "unknown model '" + model + "' (known in this build: " + String.join(", ", known) + ")");
            }
            return provider.create((ObjectNode) root, source);
        }
        return parseSpec(top, source, baseDir);
    }

    /** Parses the built-in form. */
    static PotentialSpec parseSpec(JsonFields top, String source, Path baseDir) {
        top.allowOnly(TOP_KEYS);
        double cutoff = top.positive("cutoff");
        PotentialSpec.Builder b = PotentialSpec.builder(cutoff);
        b.name(top.string("name", defaultName(source)));
        top.string("description", "");
        top.string("reference", "");
        boolean shiftAll = top.bool("shift", false);
        double skin = top.number("skin", 1.0);
        if (skin < 0) {
            throw top.error("skin", "must be >= 0, got " + skin);
        }
        b.skin(skin);
        JsonFields charges = top.object("charges");
        if (charges.node().isEmpty()) {
            throw top.error("charges", "must declare at least one species");
        }
        for (Iterator<String> it = charges.node().fieldNames(); it.hasNext();) {
            String sp = it.next();
            try {
                b.charge(sp, charges.number(sp));
            } catch (InvalidInputException e) {
                throw charges.error(sp, e.problem());
            }
        }
        if (top.has("pairs")) {
            List<JsonNode> pairs = top.array("pairs");
            for (int k = 0; k < pairs.size(); k++) {
                parsePair(b, JsonFields.of(pairs.get(k), source, "pairs[" + k + "]"), cutoff, shiftAll, baseDir);
            }
        }
        b.coulomb(parseCoulomb(top.object("coulomb"), cutoff));
        try {
            return b.build();
        } catch (InvalidInputException e) {
            throw top.error(e.problem());
        }
    }

    private static void parsePair(PotentialSpec.Builder b, JsonFields p, double cutoff, boolean shiftAll, Path baseDir) {
        List<String> species = p.strings("species");
        if (species.size() != 2) {
            throw p.error("species", "expected two species, got " + species.size());
        }
        String type = p.string("type").toLowerCase(Locale.ROOT);
        List<String> params = PAIR_PARAMETERS.get(type);
        if (params == null) {
            throw p.error("type", "unknown pair type '" + type + "' (known: " + String.join(", ",
                    new java.util.TreeSet<>(PAIR_PARAMETERS.keySet())) + ")");
        }
        Set<String> allowed = new java.util.HashSet<>(PAIR_COMMON);
        allowed.addAll(params);
        p.allowOnly(allowed);
        double pairCutoff = p.has("cutoff") ? p.positive("cutoff") : cutoff;
        boolean shift = p.bool("shift", shiftAll);
        PairFunction f;
        try {
            f = switch (type) {
                case "buckingham" -> new Buckingham(p.number("A"), p.number("rho"), p.number("C"));
                case "born" -> new BornMayerHuggins(p.number("A"), p.number("rho"), p.number("sigma"), p.number("C"), p.number("D"));
                case "morse" -> new Morse(p.number("D0"), p.number("alpha"), p.number("r0"));
                case "lj" -> new LennardJones(p.number("epsilon"), p.number("sigma"));
                default -> table(p, baseDir);
            };
            b.pair(species.get(0), species.get(1), f, pairCutoff, shift);
        } catch (InvalidInputException e) {
            if (e.source() != null) {
                throw e;
            }
            throw p.error("(" + species.get(0) + "-" + species.get(1) + " " + type + ") " + e.problem());
        }
    }

    private static TabulatedPair table(JsonFields p, Path baseDir) {
        if (p.has("file")) {
            if (p.has("r") || p.has("energy") || p.has("force")) {
                throw p.error("file", "give either 'file' or the columns 'r', 'energy' (and 'force'), not both");
            }
            Path f = Path.of(p.string("file"));
            if (!f.isAbsolute() && baseDir != null) {
                f = baseDir.resolve(f);
            }
            return TableFile.read(f);
        }
        double[] r = p.numbers("r");
        double[] e = p.numbers("energy");
        double[] force = p.has("force") ? p.numbers("force") : null;
        return TabulatedPair.of(r, e, force);
    }

    private static PotentialSpec.Coulomb parseCoulomb(JsonFields c, double cutoff) {
        String method = c.string("method").toLowerCase(Locale.ROOT);
        try {
            switch (method) {
                case "none":
                    c.allowOnly(Set.of("method"));
                    return new PotentialSpec.NoCoulomb();
                case "ewald":
                    c.allowOnly(Set.of("method", "accuracy", "cutoff"));
                    double acc = c.number("accuracy", org.ionmat.potential.coulomb.EwaldCoulomb.DEFAULT_ACCURACY);
                    if (!(acc > 0 && acc <= 0.1)) {
                        throw c.error("accuracy", "must be in (0, 0.1], got " + acc);
                    }
                    return new PotentialSpec.Ewald(acc, c.has("cutoff") ? c.positive("cutoff") : Double.NaN);
                case "dsf":
                    c.allowOnly(Set.of("method", "alpha", "cutoff"));
                    double alpha = c.number("alpha");
                    if (alpha < 0) {
                        throw c.error("alpha", "must be >= 0, got " + alpha);
                    }
                    return new PotentialSpec.Dsf(alpha, c.has("cutoff") ? c.positive("cutoff") : cutoff);
                default:
                    throw c.error("method", "unknown Coulomb method '" + method + "' (known: ewald, dsf, none)");
            }
        } catch (InvalidInputException e) {
            if (e.source() != null) {
                throw e;
            }
            throw c.error(e.problem());
        }
    }

    private static String defaultName(String source) {
        String n = Path.of(source).getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    private static String available() {
        List<String> m = new ArrayList<>(PotentialRegistry.models());
        return m.isEmpty() ? "none registered" : String.join(", ", m);
    }
}
