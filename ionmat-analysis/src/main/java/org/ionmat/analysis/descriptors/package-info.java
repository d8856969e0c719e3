/**
 * Descriptor tables of materials (seed paper 001): {@link org.ionmat.analysis.descriptors.Descriptor}s
 * with units and categories, sources that compute them ({@link org.ionmat.analysis.descriptors.StructuralDescriptors},
 * {@link org.ionmat.analysis.descriptors.ElasticDescriptors}; MD-based diffusive and vibrational
 * descriptors plug in through {@link org.ionmat.analysis.descriptors.DescriptorSource}), and a
 * {@link org.ionmat.analysis.descriptors.DescriptorTable} written as CSV for {@code ionmat analyze}.
 */
package org.ionmat.analysis.descriptors;
