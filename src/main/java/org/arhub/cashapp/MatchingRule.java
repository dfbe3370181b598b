package org.arhub.cashapp;

import java.util.List;

/**
 * One way of finding the invoices a payment pays, like Oracle's AutoCash rules or SAP's
 * interpretation algorithms. A rule returns nothing when it does not apply, one proposal when it
 * found one answer, several when it found several equally good answers (ambiguity, never applied
 * without a person).
 */
public interface MatchingRule {
  /** The rule's name in mappings/cashapp/rules.yaml, the evidence and the metrics. */
  String name();

  List<Proposal> propose(MatchContext context);
}
