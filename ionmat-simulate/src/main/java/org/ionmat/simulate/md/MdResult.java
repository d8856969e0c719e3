package org.ionmat.simulate.md;

import java.nio.file.Path;
import java.util.Map;

/**
 * How an MD run ended.
 *
 * @param directory          the run directory
 * @param status             completed, interrupted, stopped or failed (see {@link org.ionmat.simulate.trajectory.RunMetadata})
 * @param message            why it stopped or failed, or null
 * @param temperatureK       target temperature, K
 * @param seed               seed of the run
 * @param productionSteps    production steps done
 * @param frames             trajectory frames written
 * @param stepsPerSecond     speed of this session (equilibration and production)
 * @param observedMinDistance smallest interatomic distance seen by the monitor, Å (+∞ if above its search radius or off)
 * @param summary            production averages (see docs/run-directory.md)
 */
public record MdResult(Path directory, String status, String message, double temperatureK, long seed,
                       long productionSteps, long frames, double stepsPerSecond, double observedMinDistance,
                       Map<String, Object> summary) {
}
