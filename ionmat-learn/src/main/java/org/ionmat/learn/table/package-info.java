/** Descriptor tables: an immutable {@link org.ionmat.learn.table.DataTable} and a robust CSV reader. */
package org.ionmat.learn.table;
