package org.arhub.formats.x12;

/** Why an interchange envelope is in error: X12 TA105 interchange note codes (data element I18). */
public enum X12InterchangeNote {
  NO_ERROR("000", "No error"),
  CONTROL_NUMBER_MISMATCH(
      "001", "The interchange control number in the header and trailer do not match"),
  STANDARD_NOT_SUPPORTED(
      "002", "This standard as noted in the control standards identifier is not supported"),
  VERSION_NOT_SUPPORTED("003", "This version of the controls is not supported"),
  INVALID_SEGMENT_TERMINATOR("004", "The segment terminator is invalid"),
  INVALID_SENDER_QUALIFIER("005", "Invalid interchange ID qualifier for sender"),
  INVALID_SENDER_ID("006", "Invalid interchange sender ID"),
  INVALID_RECEIVER_QUALIFIER("007", "Invalid interchange ID qualifier for receiver"),
  INVALID_RECEIVER_ID("008", "Invalid interchange receiver ID"),
  UNKNOWN_RECEIVER_ID("009", "Unknown interchange receiver ID"),
  INVALID_AUTHORIZATION_QUALIFIER("010", "Invalid authorization information qualifier value"),
  INVALID_AUTHORIZATION("011", "Invalid authorization information value"),
  INVALID_SECURITY_QUALIFIER("012", "Invalid security information qualifier value"),
  INVALID_SECURITY("013", "Invalid security information value"),
  INVALID_DATE("014", "Invalid interchange date value"),
  INVALID_TIME("015", "Invalid interchange time value"),
  INVALID_STANDARDS_IDENTIFIER("016", "Invalid interchange standards identifier value"),
  INVALID_VERSION("017", "Invalid interchange version ID value"),
  INVALID_CONTROL_NUMBER("018", "Invalid interchange control number value"),
  INVALID_ACKNOWLEDGMENT_REQUESTED("019", "Invalid acknowledgment requested value"),
  INVALID_TEST_INDICATOR("020", "Invalid test indicator value"),
  INVALID_GROUP_COUNT("021", "Invalid number of included groups value"),
  INVALID_CONTROL_STRUCTURE("022", "Invalid control structure"),
  PREMATURE_END_OF_FILE("023", "Improper (premature) end-of-file (transmission)"),
  INVALID_CONTENT("024", "Invalid interchange content (e.g., invalid GS segment)"),
  DUPLICATE_CONTROL_NUMBER("025", "Duplicate interchange control number"),
  INVALID_ELEMENT_SEPARATOR("026", "Invalid data element separator"),
  INVALID_COMPONENT_SEPARATOR("027", "Invalid component element separator"),
  INVALID_DELIVERY_DATE("028", "Invalid delivery date in deferred delivery request"),
  INVALID_DELIVERY_TIME("029", "Invalid delivery time in deferred delivery request"),
  INVALID_DELIVERY_TIME_CODE("030", "Invalid delivery time code in deferred delivery request"),
  INVALID_GRADE_OF_SERVICE("031", "Invalid grade of service code");

  private final String code;
  private final String description;

  X12InterchangeNote(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The TA105 code. */
  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public static X12InterchangeNote ofCode(String code) {
    return X12CodeList.byCode(values(), X12InterchangeNote::code, code)
        .orElseThrow(
            () ->
                new IllegalArgumentException("unknown TA105 interchange note code '" + code + "'"));
  }
}
