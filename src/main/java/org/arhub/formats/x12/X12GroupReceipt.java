package org.arhub.formats.x12;

import java.util.List;

/**
 * What was received of one functional group, for its 997/999: the group's identity, each
 * transaction set's receipt, and the group's own envelope errors (AK905-AK909).
 *
 * @param segmentNumber the GS's segment number in the file
 * @param declaredSets the number of transaction sets GE01 states, -1 when there is no readable GE01
 * @param reasons the group's own problems in words, each naming its segment
 */
public record X12GroupReceipt(
    String functionalId,
    String senderId,
    String receiverId,
    String controlNumber,
    String version,
    int segmentNumber,
    int declaredSets,
    List<X12TransactionSetReceipt> sets,
    List<X12GroupError> errors,
    List<String> reasons) {
  public X12GroupReceipt {
    sets = List.copyOf(sets);
    errors = List.copyOf(errors);
    reasons = List.copyOf(reasons);
  }

  /**
   * AK901: rejected when no set was accepted (or there was none to accept and the envelope is
   * wrong), partially accepted when some were, accepted with errors when anything was noted.
   */
  public X12AcknowledgmentCode code() {
    long accepted = acceptedSets();
    if (accepted == 0 && (!sets.isEmpty() || !errors.isEmpty())) {
      return X12AcknowledgmentCode.REJECTED;
    }
    if (accepted < sets.size()) {
      return X12AcknowledgmentCode.PARTIALLY_ACCEPTED;
    }
    boolean noted =
        !errors.isEmpty()
            || !reasons.isEmpty()
            || sets.stream().anyMatch(s -> s.code() != X12AcknowledgmentCode.ACCEPTED);
    return noted ? X12AcknowledgmentCode.ACCEPTED_WITH_ERRORS : X12AcknowledgmentCode.ACCEPTED;
  }

  public int acceptedSets() {
    return (int) sets.stream().filter(s -> s.code().accepted()).count();
  }

  /**
   * Whether this group's acknowledgment should be a 999 (version 005010 and later) rather than a
   * 997.
   */
  public boolean implementationVersion() {
    return version.compareTo("005010") >= 0;
  }
}
