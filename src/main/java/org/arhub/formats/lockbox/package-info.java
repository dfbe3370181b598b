/**
 * The BAI lockbox transmission: the fixed-width file a lockbox bank sends with the checks it
 * deposited, one type per record after the spec (1 immediate address header, 2 service record, 5
 * detail header, 6 detail, 4 overflow, 7 batch total, 8 service total, 9 destination trailer).
 * Where a bank writes each field is data, a layout in {@code mappings/lockbox/}; the reader is
 * {@link org.arhub.formats.lockbox.LockboxReader}. Pure Java: no Spring, no Camel.
 */
package org.arhub.formats.lockbox;
