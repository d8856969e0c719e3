package org.ionmat.core.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.io.cif.CifReader;
import org.ionmat.core.io.cif.CifWriter;
import org.ionmat.core.structure.Structure;

/**
 * Reading and writing structure files in every supported {@link StructureFormat}.
 *
 * <p>Formats are detected from the file name, else the content; gzip-compressed files ({@code .gz} or
 * gzip magic bytes) are read transparently and names ending in {@code .gz} are written compressed.
 * Bad input (empty or binary files, truncated or malformed content) raises
 * {@link InvalidInputException} naming file, line and token. Writing goes to a temporary file in the
 * target directory that is atomically moved into place, so a failure never leaves a partial file.
 */
public final class StructureFiles {

    private static final int HEAD_BYTES = 16384;

    private StructureFiles() {
    }

    /** All structures (blocks, frames) of a file. */
    public static List<Structure> read(Path path) {
        return read(path, null, ReadOptions.DEFAULT);
    }

    /** All structures of a file, with options. */
    public static List<Structure> read(Path path, ReadOptions options) {
        return read(path, null, options);
    }

    /**
     * All structures of a file.
     *
     * @param format the format, or null to detect
     */
    public static List<Structure> read(Path path, StructureFormat format, ReadOptions options) {
        List<Frame> frames = readFrames(path, format, options);
        List<Structure> out = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            out.add(f.structure());
        }
        return out;
    }

    /** The first structure of a file. */
    public static Structure readFirst(Path path) {
        return readFirst(path, ReadOptions.DEFAULT);
    }

    /** The first structure of a file, with options; later frames of trajectories are not read. */
    public static Structure readFirst(Path path, ReadOptions options) {
        return open(path, null, (in, f) -> parse(in, f, path, options, 1)).get(0).structure();
    }

    /** All frames of a file with their information (energy, stress, step, ...). */
    public static List<Frame> readFrames(Path path) {
        return readFrames(path, null, ReadOptions.DEFAULT);
    }

    /**
     * All frames of a file with their information.
     *
     * @param format the format, or null to detect
     */
    public static List<Frame> readFrames(Path path, StructureFormat format, ReadOptions options) {
        return open(path, format, (in, f) -> parse(in, f, path, options, Integer.MAX_VALUE));
    }

    /** A file's frames as a trajectory (the same atoms in every frame). */
    public static Trajectory readTrajectory(Path path) {
        return readTrajectory(path, null, ReadOptions.DEFAULT);
    }

    /**
     * A file's frames as a trajectory.
     *
     * @param format the format, or null to detect
     * @throws InvalidInputException if the atoms differ between frames
     */
    public static Trajectory readTrajectory(Path path, StructureFormat format, ReadOptions options) {
        return open(path, format, (in, f) -> switch (f) {
            case XDATCAR -> XdatcarReader.read(in, options.species(), () -> PotcarSpecies.besides(path));
            case LAMMPS_DUMP -> LammpsDumpReader.read(in, options.lammpsTypes());
            default -> {
                try {
                    yield Trajectory.fromFrames(parse(in, f, path, options, Integer.MAX_VALUE));
                } catch (InvalidInputException e) {
                    throw e.withSource(in.source());
                }
            }
        });
    }

    /**
     * Parses text (already in memory) of the given format.
     *
     * @param sourceName name used in messages
     */
    public static List<Frame> parse(String text, String sourceName, StructureFormat format, ReadOptions options) {
        return parse(LineReader.of(text, sourceName), format, null, options, Integer.MAX_VALUE);
    }

    private static List<Frame> parse(LineReader in, StructureFormat f, Path path, ReadOptions options,
                                     int maxFrames) {
        java.util.function.Supplier<List<org.ionmat.core.element.Element>> potcar =
                () -> path == null ? null : PotcarSpecies.besides(path);
        return switch (f) {
            case POSCAR -> List.of(Frame.of(PoscarReader.read(in, options.species(), potcar)));
            case XDATCAR -> XdatcarReader.read(in, options.species(), potcar, maxFrames).frames();
            case EXTXYZ -> ExtXyzReader.read(in, maxFrames);
            case CIF -> {
                StringBuilder sb = new StringBuilder();
                String line;
                while ((line = in.next()) != null) {
                    sb.append(line).append('\n');
                }
                if (sb.toString().isBlank()) {
                    throw new InvalidInputException(in.source(), 1, null, "empty file: expected a CIF");
                }
                List<Frame> frames = new ArrayList<>();
                for (Structure s : CifReader.read(sb.toString(), in.source())) {
                    frames.add(Frame.of(s));
                }
                yield frames;
            }
            case LAMMPS_DATA -> List.of(Frame.of(LammpsDataReader.read(in, options.lammpsTypes(),
                    options.lammpsAtomStyle())));
            case LAMMPS_DUMP -> LammpsDumpReader.read(in, options.lammpsTypes(), maxFrames).frames();
        };
    }

    private interface Parser<T> {
        T parse(LineReader in, StructureFormat format);
    }

    private static <T> T open(Path path, StructureFormat format, Parser<T> parser) {
        String name = path.toString();
        try (InputStream raw = Files.newInputStream(path)) {
            BufferedInputStream bin = new BufferedInputStream(raw, 1 << 16);
            bin.mark(2);
            int b0 = bin.read();
            int b1 = bin.read();
            bin.reset();
            InputStream in = bin;
            if (b0 == 0x1f && b1 == 0x8b) {
                in = new BufferedInputStream(new GZIPInputStream(bin, 1 << 16), 1 << 16);
            }
            in.mark(HEAD_BYTES + 1);
            byte[] head;
            try {
                head = in.readNBytes(HEAD_BYTES);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw new InvalidInputException(name, -1, null, "corrupt or truncated gzip data");
            }
            in.reset();
            if (head.length == 0 || new String(head, StandardCharsets.UTF_8).isBlank()) {
                throw new InvalidInputException(name, 1, null, "empty file");
            }
            checkText(name, head);
            String headText = new String(head, StandardCharsets.UTF_8);
            StructureFormat f = format != null ? format : StructureFormat.detect(name, headText);
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader br = new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
            LineReader lr = new LineReader(br, name);
            try {
                return parser.parse(lr, f);
            } catch (InvalidInputException e) {
                throw e.withSource(name);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, -1, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(name, -1, null, "permission denied");
        } catch (FileSystemException e) {
            throw new InvalidInputException(name, -1, null, "cannot read: " + e.getReason());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name + ": " + e.getMessage(), e);
        }
    }

    /** Rejects binary content: NUL bytes or many control characters in the first bytes. */
    private static void checkText(String name, byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0) {
                throw new InvalidInputException(name, -1, null, "not a text file (binary content)");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > head.length / 20) {
            throw new InvalidInputException(name, -1, null, "not a text file (binary content)");
        }
    }

    /** Writes one structure, format from the file name. */
    public static void write(Path path, Structure structure) {
        write(path, List.of(structure), null);
    }

    /**
     * Writes one structure.
     *
     * @param format the format, or null to take it from the file name
     */
    public static void write(Path path, Structure structure, StructureFormat format) {
        write(path, List.of(structure), format);
    }

    /**
     * Writes structures: several only to multi-frame formats (XDATCAR and LAMMPS dump need the same
     * atoms in every structure; CIF writes one block each).
     *
     * @param format the format, or null to take it from the file name
     */
    public static void write(Path path, List<Structure> structures, StructureFormat format) {
        List<Frame> frames = new ArrayList<>(structures.size());
        for (Structure s : structures) {
            frames.add(Frame.of(s));
        }
        writeFrames(path, frames, format);
    }

    /**
     * Writes frames with their information (kept by extended XYZ; steps by XDATCAR and dump).
     *
     * @param format the format, or null to take it from the file name
     */
    public static void writeFrames(Path path, List<Frame> frames, StructureFormat format) {
        StructureFormat f = format != null ? format : formatOfName(path);
        writeAtomically(path, render(frames, f, path));
    }

    /**
     * Writes a trajectory.
     *
     * @param format the format, or null to take it from the file name
     */
    public static void writeTrajectory(Path path, Trajectory trajectory, StructureFormat format) {
        StructureFormat f = format != null ? format : formatOfName(path);
        String text = switch (f) {
            case XDATCAR -> XdatcarWriter.write(trajectory, comment(trajectory.structure(0)));
            case LAMMPS_DUMP -> LammpsDumpWriter.write(trajectory);
            default -> render(trajectory.frames(), f, path);
        };
        writeAtomically(path, text);
    }

    /** The text of frames in a format. */
    public static String render(List<Frame> frames, StructureFormat format, Path path) {
        if (frames.isEmpty()) {
            throw new InvalidInputException("nothing to write: no structures");
        }
        if (!format.multiFrame() && frames.size() != 1) {
            throw new InvalidInputException(format.id() + " holds one structure, got " + frames.size()
                    + "; write them to separate files or use a multi-frame format");
        }
        Structure first = frames.get(0).structure();
        return switch (format) {
            case POSCAR -> PoscarWriter.write(first, comment(first), false);
            case XDATCAR -> XdatcarWriter.write(Trajectory.fromFrames(frames), comment(first));
            case EXTXYZ -> ExtXyzWriter.write(frames);
            case CIF -> {
                StringBuilder sb = new StringBuilder();
                String base = path == null ? "ionmat" : StructureFormat.stripGz(path.getFileName().toString())
                        .replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_.\\-]", "_");
                for (int i = 0; i < frames.size(); i++) {
                    sb.append(CifWriter.write(frames.get(i).structure(), frames.size() == 1 ? base : base + "_" + (i + 1)));
                }
                yield sb.toString();
            }
            case LAMMPS_DATA -> LammpsDataWriter.write(first);
            case LAMMPS_DUMP -> LammpsDumpWriter.write(Trajectory.fromFrames(frames));
        };
    }

    private static String comment(Structure s) {
        return s.composition().formula();
    }

    private static StructureFormat formatOfName(Path path) {
        return StructureFormat.fromFileName(path.toString()).orElseThrow(() -> new InvalidInputException(
                path.toString(), -1, null, "cannot tell the output format from the file name; give the format"));
    }

    /**
     * Writes text to {@code path} through a temporary file in the same directory and an atomic move;
     * gzip-compressed if the name ends in {@code .gz}. On failure the target is untouched.
     */
    public static void writeAtomically(Path path, String text) {
        boolean gzip = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        AtomicFiles.write(path, os -> {
            OutputStream zs = gzip ? new GZIPOutputStream(os, 1 << 16) : os;
            Writer w = new OutputStreamWriter(zs, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
            if (gzip) {
                ((GZIPOutputStream) zs).finish();
            }
        });
    }
}
