package org.ionmat.learn.roost;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.io.AtomicFiles;

/**
 * State of one member's training after a whole epoch: parameters, Adam moments and step count.
 * With the seed, this resumes training exactly (the batch order of the finished epochs is replayed).
 *
 * @param epoch  epochs completed
 * @param steps  Adam steps taken
 * @param params parameters
 * @param first  Adam first moments, in parameter order
 * @param second Adam second moments
 */
public record TrainingCheckpoint(int epoch, int steps, RoostParameters params, RoostParameters first,
        RoostParameters second) {

    private static final int MAGIC = 0x494d5243;

    /** Writes the checkpoint atomically. */
    public void write(Path file) {
        try {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bo);
            out.writeInt(MAGIC);
            out.writeInt(1);
            out.writeInt(epoch);
            out.writeInt(steps);
            params.write(out);
            first.write(out);
            second.write(out);
            out.flush();
            AtomicFiles.write(file, bo.toByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads a checkpoint of a network with this architecture. */
    public static TrainingCheckpoint read(RoostConfig config, Path file) {
        try (InputStream is = Files.newInputStream(file)) {
            DataInputStream in = new DataInputStream(is);
            if (in.readInt() != MAGIC || in.readInt() != 1) {
                throw new InvalidInputException(file.toString(), -1, null, "not an ionmat training checkpoint");
            }
            int epoch = in.readInt();
            int steps = in.readInt();
            RoostParameters p = RoostParameters.read(config, in, file.toString());
            RoostParameters m = RoostParameters.read(config, in, file.toString());
            RoostParameters v = RoostParameters.read(config, in, file.toString());
            return new TrainingCheckpoint(epoch, steps, p, m, v);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), -1, null, "cannot read checkpoint: " + e.getMessage());
        }
    }
}
