package org.arhub.formats.x12;

import java.util.List;

/**
 * What was received of one interchange: its ISA, its groups, and its envelope problems: TA1 notes
 * (the ISA's own, e.g. an unknown version, and the trailer's), and in words with their segments the
 * structural ones (trailer mismatches, segments outside groups). A rejected interchange was not
 * read: its file was refused.
 */
public record X12InterchangeReceipt(
    X12InterchangeHeader header,
    List<X12GroupReceipt> groups,
    List<X12InterchangeNote> notes,
    List<String> reasons,
    boolean rejected) {
  public X12InterchangeReceipt {
    groups = List.copyOf(groups);
    notes = List.copyOf(notes);
    reasons = List.copyOf(reasons);
  }

  /** The duplicate-interchange key: {@code <ISA06>/<ISA13>}. */
  public String interchangeId() {
    return header.interchangeId();
  }

  /** TA104. */
  public X12AcknowledgmentCode code() {
    return rejected
        ? X12AcknowledgmentCode.REJECTED
        : notes.isEmpty()
            ? X12AcknowledgmentCode.ACCEPTED
            : X12AcknowledgmentCode.ACCEPTED_WITH_ERRORS;
  }

  /** A TA1 is due when the sender asked for one (ISA14 = 1) or the envelope itself is in error. */
  public boolean needsTa1() {
    return header.acknowledgmentWanted() || !notes.isEmpty() || rejected;
  }
}
