package org.arhub.formats.x12;

import java.util.Optional;

/** Why a functional group is in error: AK905-AK909 codes (data element 716). */
public enum X12GroupError {
  NOT_SUPPORTED("1", "Functional group not supported"),
  VERSION_NOT_SUPPORTED("2", "Functional group version not supported"),
  TRAILER_MISSING("3", "Functional group trailer missing"),
  CONTROL_NUMBER_MISMATCH(
      "4", "Group control number in the functional group header and trailer do not agree"),
  SET_COUNT_MISMATCH("5", "Number of included transaction sets does not match actual count"),
  INVALID_CONTROL_NUMBER("6", "Group control number violates syntax"),
  CONTROL_NUMBER_NOT_UNIQUE("19", "Functional group control number not unique within interchange");

  private final String code;
  private final String description;

  X12GroupError(String code, String description) {
    this.code = code;
    this.description = description;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public static Optional<X12GroupError> ofCode(String code) {
    return X12CodeList.byCode(values(), X12GroupError::code, code);
  }
}
