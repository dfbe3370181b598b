package org.arhub.formats.x12;

import java.util.List;
import java.util.Optional;

/**
 * What a partner's 997 or 999 says of one functional group we sent (AK1 ... AK9).
 *
 * @param acknowledgmentType "997" or "999"
 * @param controlNumber our GS06 it answers (AK102)
 * @param version our GS08 (AK103, 999 only)
 */
public record X12GroupAcknowledgment(
    String acknowledgmentType,
    String functionalId,
    String controlNumber,
    Optional<String> version,
    X12AcknowledgmentCode code,
    int includedSets,
    int receivedSets,
    int acceptedSets,
    List<X12GroupError> errors,
    List<X12SetAcknowledgment> sets) {
  public X12GroupAcknowledgment {
    errors = List.copyOf(errors);
    sets = List.copyOf(sets);
  }

  /**
   * The set's acknowledgment by our ST02; empty when the partner did not list it (which AK9 A
   * means: accepted).
   */
  public Optional<X12SetAcknowledgment> set(String controlNumber) {
    return sets.stream()
        .filter(s -> X12ControlNumbers.sameNumber(s.controlNumber(), controlNumber))
        .findFirst();
  }
}
