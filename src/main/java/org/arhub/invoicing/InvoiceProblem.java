package org.arhub.invoicing;

/**
 * One thing wrong with an invoice on its way in, with where it is ("invoices.csv line 7 column
 * qty", "$.lines[1].unitPrice") and what is wrong, in words the ERP team can act on.
 */
public record InvoiceProblem(String where, String problem) {
  @Override
  public String toString() {
    return where + ": " + problem;
  }
}
