package org.arhub.formats.x12;

import java.util.List;

/**
 * IEA Interchange Control Trailer (X12.5): IEA01 counts the functional groups, IEA02 repeats ISA13.
 */
final class X12InterchangeTrailer {
  private X12InterchangeTrailer() {}

  record Problem(X12InterchangeNote note, String reason) {}

  static List<Problem> check(X12InterchangeHeader isa, X12Segment iea, int groups) {
    List<Problem> problems = new java.util.ArrayList<>();
    long declared = X12ControlNumbers.count(iea.element(1));
    if (declared != groups) {
      problems.add(
          new Problem(
              X12InterchangeNote.INVALID_GROUP_COUNT,
              iea.where()
                  + ": IEA01 says "
                  + X12GroupTrailer.quoted(iea.element(1))
                  + " functional groups, interchange "
                  + isa.controlNumber()
                  + " has "
                  + groups));
    }
    if (!X12ControlNumbers.sameNumber(isa.controlNumber(), iea.element(2))) {
      problems.add(
          new Problem(
              X12InterchangeNote.CONTROL_NUMBER_MISMATCH,
              iea.where()
                  + ": IEA02 '"
                  + iea.element(2)
                  + "' does not match ISA13 '"
                  + isa.controlNumber()
                  + "' (segment "
                  + isa.segmentNumber()
                  + ")"));
    }
    return problems;
  }
}
