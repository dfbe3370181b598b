package org.arhub.store;

/**
 * A file whose bytes are new but whose content was received before (same sender file id, same
 * statement id and sequence): it is not read again, and a person decides whether it is a resend or
 * a correction.
 */
public class AlreadyReceivedException extends RuntimeException {
  public AlreadyReceivedException(String message) {
    super(message);
  }
}
