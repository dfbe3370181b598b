package org.arhub.formats.x12;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The problems of one transaction set as it is read: syntax errors (noted, the set is still used),
 * and problems that reject it (envelope errors, content the hub cannot use). Every problem is kept,
 * not just the first, and each names its segment.
 */
public final class X12SetProblems {
  private final X12TransactionSetHeader header;
  private final Set<X12SetError> errors = new LinkedHashSet<>();
  private final List<X12SegmentError> segmentErrors = new ArrayList<>();
  private final List<String> reasons = new ArrayList<>();
  private boolean rejected;
  private boolean noted;
  private Optional<String> rejection = Optional.empty();

  X12SetProblems(X12TransactionSetHeader header) {
    this.header = header;
  }

  /**
   * A syntax error StAEDI found; its position is turned from the file's count into the set's (ST =
   * 1).
   */
  void syntax(X12SegmentError error) {
    int position = error.position() - header.segmentNumber() + 1;
    X12SegmentError inSet =
        new X12SegmentError(error.tag(), position, error.loopId(), error.error(), error.elements());
    segmentErrors.add(inSet);
    errors.add(X12SetError.SEGMENTS_IN_ERROR);
    noted = true;
    reasons.add(
        "segment "
            + error.position()
            + (inSet.missing() ? "" : " (" + error.tag() + ")")
            + ": "
            + inSet.describe());
  }

  /** The set cannot be used: {@code reason} says why, at {@code segment}. */
  public void reject(X12Segment segment, X12SetError error, String reason) {
    reject(segment.where(), error, reason);
  }

  /** The set cannot be used because of content at {@code where} ("segment 12 (RMR)"). */
  public void reject(String where, String reason) {
    reject(where, X12SetError.SEGMENTS_IN_ERROR, reason);
  }

  private void reject(String where, X12SetError error, String reason) {
    rejected = true;
    errors.add(error);
    reasons.add(where + ": " + reason);
    if (rejection.isEmpty()) {
      rejection = Optional.of(where + ": " + reason);
    }
  }

  /**
   * The set cannot be used because of content at {@code segment} (one or more segments in error).
   */
  public void reject(X12Segment segment, String reason) {
    reject(segment, X12SetError.SEGMENTS_IN_ERROR, reason);
  }

  /** Something is wrong but the set is still used (acknowledged as accepted with errors). */
  public void note(X12Segment segment, X12SetError error, String reason) {
    noted = true;
    errors.add(error);
    reasons.add(segment.where() + ": " + reason);
  }

  public boolean rejected() {
    return rejected;
  }

  X12TransactionSetReceipt receipt() {
    X12AcknowledgmentCode code =
        rejected
            ? X12AcknowledgmentCode.REJECTED
            : noted ? X12AcknowledgmentCode.ACCEPTED_WITH_ERRORS : X12AcknowledgmentCode.ACCEPTED;
    List<String> ordered = new ArrayList<>(reasons);
    return new X12TransactionSetReceipt(
        header.type(),
        header.controlNumber(),
        header.implementationReference(),
        header.segmentNumber(),
        code,
        List.copyOf(errors),
        segmentErrors,
        ordered,
        rejection);
  }
}
