/**
 * Velocity autocorrelation, vibrational density of states and the seed 001 vibrational descriptors
 * (phonon band centre, &lt;ω30&gt;, E_vib, C_V, F_vib, S_vib per mode).
 */
package org.ionmat.analysis.vibration;
