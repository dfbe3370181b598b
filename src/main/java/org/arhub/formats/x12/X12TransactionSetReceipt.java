package org.arhub.formats.x12;

import java.util.List;
import java.util.Optional;

/**
 * What was received of one transaction set, for its acknowledgment (997 AK2-AK5 / 999 AK2-IK5) and
 * for the operator: accepted, accepted with errors noted, or rejected, with why.
 *
 * @param segmentNumber the ST's segment number in the file
 * @param errors the set-level error codes (AK502-AK506)
 * @param segmentErrors the segments in error (AK3/AK4), positions counted from ST = 1
 * @param reasons every problem in words, each naming its segment
 * @param rejection why the set was rejected, when it was
 */
public record X12TransactionSetReceipt(
    String type,
    String controlNumber,
    Optional<String> implementationReference,
    int segmentNumber,
    X12AcknowledgmentCode code,
    List<X12SetError> errors,
    List<X12SegmentError> segmentErrors,
    List<String> reasons,
    Optional<String> rejection) {
  public X12TransactionSetReceipt {
    errors = List.copyOf(errors);
    segmentErrors = List.copyOf(segmentErrors);
    reasons = List.copyOf(reasons);
  }

  public boolean rejected() {
    return code == X12AcknowledgmentCode.REJECTED;
  }
}
