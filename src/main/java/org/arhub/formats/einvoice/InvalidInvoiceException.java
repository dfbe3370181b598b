package org.arhub.formats.einvoice;

import java.util.List;

/**
 * A canonical invoice that cannot become an EN 16931 e-invoice: every problem found, each naming
 * the JSON path or figure it concerns, e.g. "INV-1: totals.tax is 19.01 but the lines give 19.00".
 */
public final class InvalidInvoiceException extends IllegalArgumentException {
  private final transient List<String> problems;

  public InvalidInvoiceException(String invoiceNumber, List<String> problems) {
    super("invoice " + invoiceNumber + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
