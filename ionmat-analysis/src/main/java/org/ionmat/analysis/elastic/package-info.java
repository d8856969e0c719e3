/**
 * Elastic constants by finite strains with any calculator (clamped or relaxed ions), the
 * Voigt–Reuss–Hill averages and the mechanical descriptors of seed paper 001.
 */
package org.ionmat.analysis.elastic;
