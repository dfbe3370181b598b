package org.arhub.formats.x12;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a partner's 997/999 says of one transaction set we sent (AK2 ... AK5/IK5): accepted,
 * accepted with errors or rejected, with the codes and the segments in error.
 *
 * @param otherCodes AK502-AK506/IK502-IK506 codes arhub does not know (e.g. 999 "I5"), as sent
 */
public record X12SetAcknowledgment(
    String type,
    String controlNumber,
    Optional<String> implementationReference,
    X12AcknowledgmentCode code,
    List<X12SetError> errors,
    List<String> otherCodes,
    List<X12SegmentError> segmentErrors) {
  public X12SetAcknowledgment {
    errors = List.copyOf(errors);
    otherCodes = List.copyOf(otherCodes);
    segmentErrors = List.copyOf(segmentErrors);
  }

  /** The reasons in words, for the invoice's delivery status. */
  public String reasons() {
    return Stream.concat(
            Stream.concat(
                errors.stream().map(X12SetError::description),
                otherCodes.stream().map(c -> "code " + c)),
            segmentErrors.stream()
                .map(e -> "segment " + e.position() + " (" + e.tag() + "): " + e.describe()))
        .collect(Collectors.joining("; "));
  }
}
