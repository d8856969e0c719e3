/**
 * Periodic neighbor lists for hot loops (bond valence, potentials, MD, RDF).
 *
 * <p>{@link org.ionmat.core.neighbors.NeighborSearch} holds the settings (cutoff in Å or per-atom
 * radii, full or half list, self pairs, quantities, threads) and finds a
 * {@link org.ionmat.core.neighbors.NeighborList}: flat primitive arrays of pair indices i, j,
 * integer image offsets S, distance vectors D = r_j + S·M - r_i (Å) and distances (Å), sorted by i
 * with CSR offsets, as ASE's {@code neighbor_list('ijSDd')}. The search is an O(N) cell list on
 * bins sized by the perpendicular widths of the cell, so any triclinic cell and any cutoff (also
 * many times the cell) is exact; it runs on several threads for large systems with an output that
 * does not depend on the number of threads.
 * {@link org.ionmat.core.neighbors.VerletNeighborList} keeps a list built with a skin for MD and
 * relaxations and rebuilds it only when atoms have moved or the cell has deformed far enough.
 *
 * <pre>{@code
 * NeighborList nl = NeighborSearch.withCutoff(6.0).find(structure);
 * int[] i = nl.centers(), j = nl.neighbors();
 * double[] d = nl.distances();
 * for (int p = 0; p < nl.size(); p++) { ... }
 * }</pre>
 */
package org.ionmat.core.neighbors;
