package org.arhub.formats.einvoice;

/**
 * One failed assertion: the rule's id as the rule set names it ("BR-CO-15", "PEPPOL-EN16931-R003";
 * "XSD" for a schema error, "XML" for a document that is not well-formed), how grave it is, the
 * rule's message and where (the XPath Schematron reports, or the line of a parse error).
 */
public record RuleFinding(String ruleId, Severity severity, String message, String location) {
  /** FATAL fails the document (Schematron flag "fatal"/"error", every schema error). */
  public enum Severity {
    FATAL,
    WARNING,
    INFO
  }

  public boolean fatal() {
    return severity == Severity.FATAL;
  }

  /** "FATAL BR-CO-15 [/Invoice] message", one line for a report. */
  public String describe() {
    return severity
        + " "
        + ruleId
        + (location.isEmpty() ? "" : " [" + location + "]")
        + " "
        + message;
  }
}
