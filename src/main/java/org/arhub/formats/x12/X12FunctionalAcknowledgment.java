package org.arhub.formats.x12;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One 997 Functional Acknowledgment or 999 Implementation Acknowledgment transaction set read: AK1
 * (the group answered), per AK2 loop the set answered with its AK3/IK3 segment notes, AK4/IK4
 * element notes and AK5/IK5 result, and AK9 (the group's result).
 */
final class X12FunctionalAcknowledgment implements X12TransactionSetReader {
  private final String type;
  private final X12Delimiters delimiters;
  private final Consumer<X12GroupAcknowledgment> out;

  private String functionalId = "";
  private String controlNumber = "";
  private Optional<String> version = Optional.empty();
  private final List<X12SetAcknowledgment> sets = new ArrayList<>();
  private X12GroupAcknowledgment result;

  private String setType;
  private String setControlNumber;
  private Optional<String> setReference = Optional.empty();
  private final List<X12SegmentError> segmentErrors = new ArrayList<>();
  private String errorTag;
  private int errorPosition;
  private Optional<String> errorLoop = Optional.empty();
  private Optional<X12SegmentSyntaxError> errorCode = Optional.empty();
  private final List<X12ElementError> elementErrors = new ArrayList<>();

  X12FunctionalAcknowledgment(
      String type, X12Delimiters delimiters, Consumer<X12GroupAcknowledgment> out) {
    this.type = type;
    this.delimiters = delimiters;
    this.out = out;
  }

  @Override
  public void segment(X12Segment s, X12SetProblems problems) {
    switch (s.tag()) {
      case "AK1" -> {
        functionalId = s.element(1);
        controlNumber = s.element(2);
        version = s.has(3) ? Optional.of(s.element(3)) : Optional.empty();
      }
      case "AK2" -> {
        setType = s.element(1);
        setControlNumber = s.element(2);
        setReference = s.has(3) ? Optional.of(s.element(3)) : Optional.empty();
        segmentErrors.clear();
      }
      case "AK3", "IK3" -> {
        closeSegmentError();
        errorTag = s.element(1);
        errorPosition = number(s.element(2));
        errorLoop = s.has(3) ? Optional.of(s.element(3)) : Optional.empty();
        errorCode = X12SegmentSyntaxError.ofCode(s.element(4));
      }
      case "AK4", "IK4" -> elementError(s);
      case "AK5", "IK5" -> setResult(s);
      case "AK9" -> groupResult(s);
      default -> {
        // CTX context segments add nothing the hub uses
      }
    }
  }

  private void elementError(X12Segment s) {
    String[] position =
        s.element(1)
            .split(java.util.regex.Pattern.quote(String.valueOf(delimiters.component())), -1);
    Optional<X12ElementSyntaxError> error = X12ElementSyntaxError.ofCode(s.element(3));
    if (errorTag == null || error.isEmpty()) {
      return;
    }
    elementErrors.add(
        new X12ElementError(
            number(position[0]),
            position.length > 1 ? number(position[1]) : 0,
            position.length > 2 ? number(position[2]) : 0,
            s.has(2) ? Optional.of(s.element(2)) : Optional.empty(),
            error.get(),
            s.has(4) ? Optional.of(s.element(4)) : Optional.empty()));
  }

  private void closeSegmentError() {
    if (errorTag != null) {
      segmentErrors.add(
          new X12SegmentError(errorTag, errorPosition, errorLoop, errorCode, elementErrors));
    }
    errorTag = null;
    elementErrors.clear();
  }

  private void setResult(X12Segment s) {
    closeSegmentError();
    List<X12SetError> errors = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (int i = 2; i <= 6; i++) {
      if (s.has(i)) {
        String code = s.element(i);
        X12SetError.ofCode(code).ifPresentOrElse(errors::add, () -> other.add(code));
      }
    }
    sets.add(
        new X12SetAcknowledgment(
            setType == null ? "" : setType,
            setControlNumber == null ? "" : setControlNumber,
            setReference,
            X12AcknowledgmentCode.ofCode(s.element(1)),
            errors,
            other,
            segmentErrors));
    segmentErrors.clear();
    setType = null;
    setControlNumber = null;
  }

  private void groupResult(X12Segment s) {
    List<X12GroupError> errors = new ArrayList<>();
    for (int i = 5; i <= 9; i++) {
      if (s.has(i)) {
        X12GroupError.ofCode(s.element(i)).ifPresent(errors::add);
      }
    }
    result =
        new X12GroupAcknowledgment(
            type,
            functionalId,
            controlNumber,
            version,
            X12AcknowledgmentCode.ofCode(s.element(1)),
            number(s.element(2)),
            number(s.element(3)),
            number(s.element(4)),
            errors,
            sets);
  }

  @Override
  public void end(X12Segment se, X12SetProblems problems) {
    if (result == null) {
      problems.reject(se, "the " + type + " has no AK9: the group's result is missing");
    }
  }

  @Override
  public void accept() {
    out.accept(result);
  }

  private static int number(String text) {
    return X12ControlNumbers.isNumber(text) && text.length() < 10 ? Integer.parseInt(text) : 0;
  }
}
