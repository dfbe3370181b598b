package org.arhub.formats.x12;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Optional;

/**
 * A data element syntax error: the 999 IK403 code (data element 621) and the 997 AK403 code (data
 * element 723, which has no implementation codes: those fall back to the nearest standard code).
 */
public enum X12ElementSyntaxError {
  REQUIRED_DATA_ELEMENT_MISSING("1", "1", "Required data element missing"),
  CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING("2", "2", "Conditional required data element missing"),
  TOO_MANY_DATA_ELEMENTS("3", "3", "Too many data elements"),
  DATA_ELEMENT_TOO_SHORT("4", "4", "Data element too short"),
  DATA_ELEMENT_TOO_LONG("5", "5", "Data element too long"),
  INVALID_CHARACTER_IN_DATA_ELEMENT("6", "6", "Invalid character in data element"),
  INVALID_CODE_VALUE("7", "7", "Invalid code value"),
  INVALID_DATE("8", "8", "Invalid date"),
  INVALID_TIME("9", "9", "Invalid time"),
  EXCLUSION_CONDITION_VIOLATED("10", "10", "Exclusion condition violated"),
  TOO_MANY_REPETITIONS("12", "12", "Too many repetitions"),
  TOO_MANY_COMPONENTS("13", "13", "Too many components"),
  CODE_VALUE_NOT_USED_IN_IMPLEMENTATION("I6", "7", "Code value not used in implementation"),
  IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING(
      "I9", "1", "Implementation dependent data element missing"),
  IMPLEMENTATION_NOT_USED_DATA_ELEMENT_PRESENT(
      "I10", "10", "Implementation \"not used\" data element present"),
  IMPLEMENTATION_TOO_FEW_REPETITIONS("I11", "1", "Implementation too few repetitions"),
  IMPLEMENTATION_PATTERN_MATCH_FAILURE("I12", "6", "Implementation pattern match failure"),
  IMPLEMENTATION_DEPENDENT_NOT_USED_DATA_ELEMENT_PRESENT(
      "I13", "10", "Implementation dependent \"not used\" data element present");

  private final String code999;
  private final String code997;
  private final String description;

  X12ElementSyntaxError(String code999, String code997, String description) {
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

  static Optional<X12ElementSyntaxError> of(EDIStreamValidationError error) {
    return Optional.ofNullable(
        switch (error) {
          case REQUIRED_DATA_ELEMENT_MISSING -> REQUIRED_DATA_ELEMENT_MISSING;
          case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING ->
              CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING;
          case TOO_MANY_DATA_ELEMENTS -> TOO_MANY_DATA_ELEMENTS;
          case EXCLUSION_CONDITION_VIOLATED -> EXCLUSION_CONDITION_VIOLATED;
          case TOO_MANY_REPETITIONS -> TOO_MANY_REPETITIONS;
          case TOO_MANY_COMPONENTS -> TOO_MANY_COMPONENTS;
          case DATA_ELEMENT_TOO_SHORT -> DATA_ELEMENT_TOO_SHORT;
          case DATA_ELEMENT_TOO_LONG -> DATA_ELEMENT_TOO_LONG;
          case INVALID_CHARACTER_DATA -> INVALID_CHARACTER_IN_DATA_ELEMENT;
          case INVALID_CODE_VALUE -> INVALID_CODE_VALUE;
          case INVALID_DATE -> INVALID_DATE;
          case INVALID_TIME -> INVALID_TIME;
          case IMPLEMENTATION_INVALID_CODE_VALUE -> CODE_VALUE_NOT_USED_IN_IMPLEMENTATION;
          case IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING ->
              IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING;
          case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT ->
              IMPLEMENTATION_NOT_USED_DATA_ELEMENT_PRESENT;
          case IMPLEMENTATION_TOO_FEW_REPETITIONS -> IMPLEMENTATION_TOO_FEW_REPETITIONS;
          case IMPLEMENTATION_PATTERN_MATCH_FAILURE -> IMPLEMENTATION_PATTERN_MATCH_FAILURE;
          case IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT ->
              IMPLEMENTATION_DEPENDENT_NOT_USED_DATA_ELEMENT_PRESENT;
          default -> null;
        });
  }

  public static Optional<X12ElementSyntaxError> ofCode(String code) {
    return X12CodeList.byCode(values(), X12ElementSyntaxError::code999, code);
  }
}
