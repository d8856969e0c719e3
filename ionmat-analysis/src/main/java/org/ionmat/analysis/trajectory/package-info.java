/**
 * What analyses read: {@link org.ionmat.analysis.trajectory.FrameSource} (in-memory trajectories of any
 * format, or MD-engine trajectory files streamed frame by frame), atom groups, NPT-safe unwrapping and
 * centre-of-mass series.
 */
package org.ionmat.analysis.trajectory;
