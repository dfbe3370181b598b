package org.arhub.invoicing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.arhub.model.Invoice;

/**
 * An invoice as the ERP sent it, before it is checked and numbered: the canonical invoice (its
 * {@code number} is not the hub's yet) beside what the canonical form has no place for.
 *
 * @param documentId the ERP's id of the document: the key that makes intake idempotent
 * @param where where the invoice starts: "invoices.csv line 7", "$" for the API
 * @param lineNets the line amounts the ERP stated, per line, to check against quantity × price
 * @param lineWheres where each line is, for problems
 * @param totalsStated false when the layout maps no totals and the hub computed them
 */
public record IncomingInvoice(
    String documentId,
    String where,
    Invoice invoice,
    List<Optional<BigDecimal>> lineNets,
    List<String> lineWheres,
    boolean totalsStated) {
  public IncomingInvoice {
    lineNets = List.copyOf(lineNets);
    lineWheres = List.copyOf(lineWheres);
  }

  /** An invoice posted as canonical JSON: lines are "$.lines[i]", nothing stated beyond it. */
  public static IncomingInvoice fromJson(String documentId, Invoice invoice) {
    int n = invoice.lines().size();
    return new IncomingInvoice(
        documentId,
        "$",
        invoice,
        java.util.Collections.nCopies(n, Optional.empty()),
        java.util.stream.IntStream.range(0, n).mapToObj(i -> "$.lines[" + i + "]").toList(),
        true);
  }
}
