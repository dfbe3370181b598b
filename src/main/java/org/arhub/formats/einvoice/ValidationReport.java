package org.arhub.formats.einvoice;

import java.util.List;

/**
 * What {@link EInvoiceValidator} found in one document: its kind, the rule sets applied (e.g. "EN
 * 16931 UBL Invoice 1.3.16"), every failed assertion, and notes on what was not checked and why.
 */
public record ValidationReport(
    String name,
    DocumentKind kind,
    List<String> ruleSets,
    List<RuleFinding> findings,
    List<String> notes) {
  public ValidationReport {
    ruleSets = List.copyOf(ruleSets);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  public boolean hasFatal() {
    return findings.stream().anyMatch(RuleFinding::fatal);
  }

  public List<RuleFinding> fatal() {
    return findings.stream().filter(RuleFinding::fatal).toList();
  }

  /** Whether the rule with this id failed (at any severity). */
  public boolean failed(String ruleId) {
    return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
  }
}
