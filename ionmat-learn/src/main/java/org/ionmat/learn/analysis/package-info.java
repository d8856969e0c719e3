/** Seed paper 001's whole analysis of a descriptor table: {@link org.ionmat.learn.analysis.TableAnalysis}. */
package org.ionmat.learn.analysis;
