/**
 * The AR sub-ledger and the general ledger: accounting periods, export batches with deterministic
 * ids and their files (columns from mappings/ledger/gl-export.yaml), the GL's balance report, and
 * the reconciliation that explains every difference with a cause code and checks customer accounts
 * against the AR control balance. Plain Java: no Spring, no database.
 */
package org.arhub.ledger.gl;
