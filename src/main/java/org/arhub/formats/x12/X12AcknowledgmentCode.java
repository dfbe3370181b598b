package org.arhub.formats.x12;

/**
 * What an acknowledgment says of a transaction set (AK501/IK501), a functional group (AK901) or an
 * interchange (TA104).
 */
public enum X12AcknowledgmentCode {
  ACCEPTED("A"),
  ACCEPTED_WITH_ERRORS("E"),
  PARTIALLY_ACCEPTED("P"),
  REJECTED("R");

  private final String code;

  X12AcknowledgmentCode(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** A (accepted), E (errors noted), P (partially accepted), R (rejected); M, W, X read as R. */
  public static X12AcknowledgmentCode ofCode(String code) {
    return switch (code) {
      case "A" -> ACCEPTED;
      case "E" -> ACCEPTED_WITH_ERRORS;
      case "P" -> PARTIALLY_ACCEPTED;
      default -> REJECTED;
    };
  }

  public boolean accepted() {
    return this != REJECTED;
  }
}
