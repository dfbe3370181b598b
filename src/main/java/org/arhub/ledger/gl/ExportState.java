package org.arhub.ledger.gl;

/** Where a journal line is on its way to the GL. */
public enum ExportState {
  /** Posted in the sub-ledger, not yet in an export batch. */
  NOT_EXPORTED,
  /** In a batch the hub has not sent yet. */
  PENDING,
  /** Sent, not yet acknowledged by the GL. */
  SENT,
  ACKNOWLEDGED,
  REJECTED;

  public boolean inTransit() {
    return this == NOT_EXPORTED || this == PENDING || this == SENT;
  }
}
