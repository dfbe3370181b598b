package org.arhub.formats.bai2;

/**
 * One reason a BAI2 file cannot be accepted: where ("line 41 (49 account trailer)", "end of file
 * after line 17") and what is wrong, in words an operator can act on.
 */
public record Bai2Problem(String position, String reason) {
  @Override
  public String toString() {
    return position + ": " + reason;
  }
}
