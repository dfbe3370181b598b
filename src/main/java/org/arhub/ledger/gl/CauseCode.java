package org.arhub.ledger.gl;

/** Why the GL and the sub-ledger differ, after Oracle's AR-to-GL reconciliation. */
public enum CauseCode {
  /** Journals posted in the sub-ledger but not yet exported, or sent and not yet acknowledged. */
  NOT_TRANSFERRED,
  /** Journals in a batch the GL rejected. */
  REJECTED_BY_GL,
  /** The GL moved by an amount none of our batches explains: someone posted in the GL directly. */
  MANUAL_GL_ENTRY,
  /** The amount is in an adjacent period of the GL: the GL posted our batch in another period. */
  WRONG_PERIOD,
  /**
   * Not explained by the rules above, e.g. the amount of a batch the GL acknowledged but does not
   * show.
   */
  UNKNOWN
}
