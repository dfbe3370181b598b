package org.arhub.formats.x12;

import java.util.Optional;

/**
 * Why a transaction set is in error: 997 AK502 (data element 718) / 999 IK502 (data element 618)
 * codes.
 */
public enum X12SetError {
  NOT_SUPPORTED("1", "Transaction set not supported"),
  TRAILER_MISSING("2", "Transaction set trailer missing"),
  CONTROL_NUMBER_MISMATCH("3", "Transaction set control number in header and trailer do not match"),
  SEGMENT_COUNT_MISMATCH("4", "Number of included segments does not match actual count"),
  SEGMENTS_IN_ERROR("5", "One or more segments in error"),
  INVALID_IDENTIFIER("6", "Missing or invalid transaction set identifier"),
  INVALID_CONTROL_NUMBER("7", "Missing or invalid transaction set control number"),
  CONTROL_NUMBER_NOT_UNIQUE(
      "23", "Transaction set control number not unique within the functional group");

  private final String code;
  private final String description;

  X12SetError(String code, String description) {
    this.code = code;
    this.description = description;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  /**
   * The error an acknowledgment states by code; codes arhub does not send (e.g. 999 "I5") are
   * empty.
   */
  public static Optional<X12SetError> ofCode(String code) {
    return X12CodeList.byCode(values(), X12SetError::code, code);
  }
}
