package org.arhub.formats.x12;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Optional;

/**
 * A segment syntax error: the 999 IK304 code (data element 620) and the 997 AK304 code (data
 * element 720, which has no implementation codes: those fall back to the nearest standard code).
 */
public enum X12SegmentSyntaxError {
  UNRECOGNIZED_SEGMENT_ID("1", "1", "Unrecognized segment ID"),
  UNEXPECTED_SEGMENT("2", "2", "Unexpected segment"),
  REQUIRED_SEGMENT_MISSING("3", "3", "Required segment missing"),
  LOOP_OCCURS_OVER_MAXIMUM_TIMES("4", "4", "Loop occurs over maximum times"),
  SEGMENT_EXCEEDS_MAXIMUM_USE("5", "5", "Segment exceeds maximum use"),
  SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET("6", "6", "Segment not in defined transaction set"),
  SEGMENT_NOT_IN_PROPER_SEQUENCE("7", "7", "Segment not in proper sequence"),
  SEGMENT_HAS_DATA_ELEMENT_ERRORS("8", "8", "Segment has data element errors"),
  IMPLEMENTATION_NOT_USED_SEGMENT_PRESENT("I4", "2", "Implementation \"not used\" segment present"),
  IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING("I6", "3", "Implementation dependent segment missing"),
  IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES(
      "I7", "3", "Implementation loop occurs under minimum times"),
  IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE("I8", "3", "Implementation segment below minimum use"),
  IMPLEMENTATION_DEPENDENT_NOT_USED_SEGMENT_PRESENT(
      "I9", "2", "Implementation dependent \"not used\" segment present");

  private final String code999;
  private final String code997;
  private final String description;

  X12SegmentSyntaxError(String code999, String code997, String description) {
    this.code999 = code999;
    this.code997 = code997;
    this.description = description;
  }

  public String code999() {
    return code999;
  }

  public String code997() {
    return code997;
  }

  public String description() {
    return description;
  }

  /** The error StAEDI reports, in X12's terms; empty for errors that are not about a segment. */
  static Optional<X12SegmentSyntaxError> of(EDIStreamValidationError error) {
    return Optional.ofNullable(
        switch (error) {
          case UNRECOGNIZED_SEGMENT_ID -> UNRECOGNIZED_SEGMENT_ID;
          case UNEXPECTED_SEGMENT, SEGMENT_EXCLUSION_CONDITION_VIOLATED -> UNEXPECTED_SEGMENT;
          case MANDATORY_SEGMENT_MISSING, CONDITIONAL_REQUIRED_SEGMENT_MISSING ->
              REQUIRED_SEGMENT_MISSING;
          case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> LOOP_OCCURS_OVER_MAXIMUM_TIMES;
          case SEGMENT_EXCEEDS_MAXIMUM_USE -> SEGMENT_EXCEEDS_MAXIMUM_USE;
          case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET;
          case SEGMENT_NOT_IN_PROPER_SEQUENCE -> SEGMENT_NOT_IN_PROPER_SEQUENCE;
          case SEGMENT_HAS_DATA_ELEMENT_ERRORS -> SEGMENT_HAS_DATA_ELEMENT_ERRORS;
          case IMPLEMENTATION_UNUSED_SEGMENT_PRESENT -> IMPLEMENTATION_NOT_USED_SEGMENT_PRESENT;
          case IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING -> IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING;
          case IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES ->
              IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES;
          case IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE -> IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE;
          case IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT ->
              IMPLEMENTATION_DEPENDENT_NOT_USED_SEGMENT_PRESENT;
          default -> null;
        });
  }

  /** The error an acknowledgment states by code (either code set). */
  public static Optional<X12SegmentSyntaxError> ofCode(String code) {
    return X12CodeList.byCode(values(), X12SegmentSyntaxError::code999, code);
  }
}
