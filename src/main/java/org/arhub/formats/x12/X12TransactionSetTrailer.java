package org.arhub.formats.x12;

/**
 * SE Transaction Set Trailer (X12.6): SE01 counts the set's segments from ST to SE, SE02 repeats
 * ST02. A wrong count or a different control number rejects the set; a control number that differs
 * only in leading zeros is noted.
 */
final class X12TransactionSetTrailer {
  private X12TransactionSetTrailer() {}

  static void check(
      X12TransactionSetHeader st, X12Segment se, int segments, X12SetProblems problems) {
    long declared = X12ControlNumbers.count(se.element(1));
    if (declared != segments) {
      problems.reject(
          se,
          X12SetError.SEGMENT_COUNT_MISMATCH,
          "SE01 says "
              + X12GroupTrailer.quoted(se.element(1))
              + " segments, transaction set "
              + st.controlNumber()
              + " has "
              + segments
              + " (ST to SE)");
    }
    String trailer = se.element(2);
    if (trailer.equals(st.controlNumber())) {
      return;
    }
    String mismatch =
        "SE02 '"
            + trailer
            + "' does not match ST02 '"
            + st.controlNumber()
            + "' (segment "
            + st.segmentNumber()
            + ")";
    if (X12ControlNumbers.sameNumber(st.controlNumber(), trailer)) {
      problems.note(se, X12SetError.CONTROL_NUMBER_MISMATCH, mismatch + " except in leading zeros");
    } else {
      problems.reject(se, X12SetError.CONTROL_NUMBER_MISMATCH, mismatch);
    }
  }
}
