package org.ionmat.core.io;

import java.util.Objects;

import org.ionmat.core.structure.Structure;

/**
 * One frame of a multi-frame file: a structure (with per-site properties such as forces) and the
 * frame-level information (energy, stress, step, ...).
 *
 * @param structure the structure
 * @param info      frame-level information, {@link FrameInfo#EMPTY} when none
 */
public record Frame(Structure structure, FrameInfo info) {

    public Frame {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(info, "info");
    }

    /** A frame without information. */
    public static Frame of(Structure structure) {
        return new Frame(structure, FrameInfo.EMPTY);
    }
}
