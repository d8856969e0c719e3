package org.ionmat.simulate.trajectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.ionmat.core.io.AtomicFiles;
import org.ionmat.core.InvalidInputException;

/**
 * The {@code metadata.json} of one MD run directory (one temperature): inputs, seed, time step,
 * stride, temperature, ensemble, species, potential, versions, status and summary. The keys are
 * documented in {@code docs/run-directory.md}; typed accessors cover what analyses need, and
 * {@link #json()} gives everything.
 *
 * @param json the parsed JSON object (insertion-ordered, unmodifiable)
 */
public record RunMetadata(Map<String, Object> json) {

    /** Value of the {@code format} key. */
    public static final String FORMAT = "ionmat-md-run";
    /** Current value of the {@code format_version} key. */
    public static final int FORMAT_VERSION = 1;

    /** Run status: prepared (initial state and checkpoint written), waiting to run. */
    public static final String PENDING = "pending";
    /** Run status: running (or killed without a chance to say so; resumable from its checkpoint). */
    public static final String RUNNING = "running";
    /** The run finished all its steps. */
    public static final String COMPLETED = "completed";
    /** The run was stopped by the user (Ctrl-C); it can be resumed from its checkpoint. */
    public static final String INTERRUPTED = "interrupted";
    /** The run was stopped by a monitor (atoms too close); see the message. */
    public static final String STOPPED = "stopped";
    /** The run failed with an error; see the message. */
    public static final String FAILED = "failed";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RunMetadata {
        json = Collections.unmodifiableMap(new LinkedHashMap<>(json));
    }

    /**
     * Reads a metadata file.
     *
     * @throws InvalidInputException if it is missing or not ionmat run metadata
     */
    public static RunMetadata read(Path path) {
        Map<String, Object> m;
        try {
            m = MAPPER.readValue(Files.readString(path, StandardCharsets.UTF_8), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(path.toString(), -1, null, "no such file");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(path.toString(), e.getLocation() == null ? -1 : e.getLocation().getLineNr(), null,
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path + ": " + e.getMessage(), e);
        }
        if (!FORMAT.equals(m.get("format"))) {
            throw new InvalidInputException(path.toString(), -1, null, "not ionmat MD run metadata (format is not '" + FORMAT + "')");
        }
        Object v = m.get("format_version");
        if (!(v instanceof Number n) || n.intValue() < 1 || n.intValue() > FORMAT_VERSION) {
            throw new InvalidInputException(path.toString(), -1, null, "unsupported run metadata version " + v);
        }
        return new RunMetadata(m);
    }

    /** Writes the metadata atomically (temporary file and move). */
    public void write(Path path) {
        write(path, json);
    }

    /** Writes a JSON object atomically (temporary file and move); non-finite numbers become null. */
    public static void write(Path path, Map<String, Object> json) {
        String text;
        try {
            text = MAPPER.writeValueAsString(sanitize(json)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise metadata", e);
        }
        AtomicFiles.write(path, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Object sanitize(Object v) {
        if (v instanceof Double d) {
            return Double.isFinite(d) ? d : null;
        }
        if (v instanceof double[] a) {
            List<Object> r = new ArrayList<>(a.length);
            for (double x : a) {
                r.add(Double.isFinite(x) ? x : null);
            }
            return r;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> r = new LinkedHashMap<>();
            m.forEach((k, x) -> r.put(k, sanitize(x)));
            return r;
        }
        if (v instanceof List<?> l) {
            List<Object> r = new ArrayList<>(l.size());
            l.forEach(x -> r.add(sanitize(x)));
            return r;
        }
        return v;
    }

    /** Run status: pending, running, completed, interrupted, stopped or failed. */
    public String status() {
        return (String) json.get("status");
    }

    /** Why the run stopped or failed, or null. */
    public String message() {
        return (String) json.get("message");
    }

    /** Target temperature, K. */
    public double temperatureK() {
        return number("temperature_K");
    }

    /** Ensemble of the production run ({@code nve}, {@code nvt}, {@code nvt-langevin}, {@code npt}, {@code npt-berendsen}). */
    public String ensemble() {
        return (String) json.get("ensemble");
    }

    /** MD time step, ps. */
    public double timestepPs() {
        return number("timestep_ps");
    }

    /** MD steps between trajectory frames. */
    public long strideSteps() {
        return (long) number("stride_steps");
    }

    /** Time between trajectory frames, ps. */
    public double frameIntervalPs() {
        return number("frame_interval_ps");
    }

    /** Seed of this run's random numbers. */
    public long seed() {
        return ((Number) json.get("seed")).longValue();
    }

    /** Number of atoms. */
    public int numAtoms() {
        return (int) number("natoms");
    }

    /** Species of the atom types (e.g. {@code Li+}, {@code O2-}). */
    @SuppressWarnings("unchecked")
    public List<String> species() {
        return (List<String>) json.get("species");
    }

    /** A file of the run by its role ({@code trajectory}, {@code thermo}, ...), relative to the run directory, or null. */
    @SuppressWarnings("unchecked")
    public String file(String role) {
        Object files = json.get("files");
        return files instanceof Map<?, ?> m ? (String) ((Map<String, Object>) m).get(role) : null;
    }

    /** A number at a top-level key (NaN if absent or null). */
    public double number(String key) {
        Object v = json.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
