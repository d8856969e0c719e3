/**
 * Structure relaxation with any {@link org.ionmat.potential.Calculator}:
 * {@link org.ionmat.simulate.optimize.Relaxation} minimises the energy (fixed cell) or the enthalpy
 * E + P·V (isotropic or full variable cell) with {@link org.ionmat.simulate.optimize.Fire} or
 * {@link org.ionmat.simulate.optimize.Lbfgs}, with thresholds on forces (eV/Å) and stress (GPa) in
 * {@link org.ionmat.simulate.optimize.RelaxOptions}.
 */
package org.ionmat.simulate.optimize;
