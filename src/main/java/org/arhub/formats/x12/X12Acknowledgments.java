package org.arhub.formats.x12;

import java.util.List;

/**
 * The acknowledgments one interchange from a partner carries: TA1s about our interchanges, and
 * 997/999s about our functional groups.
 *
 * @param interchangeId the acknowledging interchange's own {@code <ISA06>/<ISA13>}
 */
public record X12Acknowledgments(
    String interchangeId,
    List<X12InterchangeAcknowledgment> interchanges,
    List<X12GroupAcknowledgment> groups) {
  public X12Acknowledgments {
    interchanges = List.copyOf(interchanges);
    groups = List.copyOf(groups);
  }
}
