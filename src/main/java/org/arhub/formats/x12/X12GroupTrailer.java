package org.arhub.formats.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * GE Functional Group Trailer (X12.6): GE01 counts the group's transaction sets, GE02 repeats GS06.
 */
final class X12GroupTrailer {
  private X12GroupTrailer() {}

  static List<X12GroupHeader.Problem> check(X12GroupHeader gs, X12Segment ge, int sets) {
    List<X12GroupHeader.Problem> problems = new ArrayList<>();
    long declared = X12ControlNumbers.count(ge.element(1));
    if (declared != sets) {
      problems.add(
          new X12GroupHeader.Problem(
              X12GroupError.SET_COUNT_MISMATCH,
              ge.where()
                  + ": GE01 says "
                  + quoted(ge.element(1))
                  + " transaction sets, group "
                  + gs.controlNumber()
                  + " has "
                  + sets));
    }
    if (!X12ControlNumbers.sameNumber(gs.controlNumber(), ge.element(2))) {
      problems.add(
          new X12GroupHeader.Problem(
              X12GroupError.CONTROL_NUMBER_MISMATCH,
              ge.where()
                  + ": GE02 '"
                  + ge.element(2)
                  + "' does not match GS06 '"
                  + gs.controlNumber()
                  + "' (segment "
                  + gs.segmentNumber()
                  + ")"));
    }
    return problems;
  }

  static String quoted(String count) {
    return X12ControlNumbers.isNumber(count) ? count : "'" + count + "'";
  }
}
