package org.arhub.formats.x12;

import java.util.Optional;

/**
 * TRN Trace (820): TRN02 is the trace number that ties the remittance to its payment (the ACH trace
 * or check number the bank reports); TRN03 the originating company.
 */
record X12Trn(String type, String trace, Optional<String> originator) {
  static Optional<X12Trn> read(X12Segment trn, X12SetProblems problems) {
    if (!trn.has(2)) {
      problems.reject(
          trn, "TRN02 trace number is missing: the remittance cannot be tied to its payment");
      return Optional.empty();
    }
    return Optional.of(
        new X12Trn(
            trn.element(1),
            trn.element(2),
            trn.has(3) ? Optional.of(trn.element(3)) : Optional.empty()));
  }
}
