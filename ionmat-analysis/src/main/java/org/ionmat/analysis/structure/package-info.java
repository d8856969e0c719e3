/** Structural statistics of trajectories: partial radial distribution functions and the Lindemann ratio. */
package org.ionmat.analysis.structure;
