package org.arhub.formats.x12;

import java.util.Optional;

/**
 * ST Transaction Set Header (X12.6): the set's type (ST01: 820, 810, 997, ...), its control number
 * (ST02, unique in the group) and, from 004030 on, the implementation convention (ST03, e.g.
 * 005010X218).
 */
public record X12TransactionSetHeader(
    String type,
    String controlNumber,
    Optional<String> implementationReference,
    int segmentNumber) {
  static X12TransactionSetHeader read(X12Segment st) {
    return new X12TransactionSetHeader(
        st.element(1),
        st.element(2),
        st.has(3) ? Optional.of(st.element(3)) : Optional.empty(),
        st.number());
  }
}
