package org.arhub.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An invoice or credit note as the journal needs it: who owes, in which currency, and per line the
 * net amount and tax with the line's tax category and rate (EN 16931 BT-151/BT-152). A document
 * known only by its total (an invoice loaded from a CSV without lines) has one line without a
 * category and without tax.
 */
public record ArDocument(
    String number,
    String customerId,
    Optional<String> customerGroup,
    String currency,
    LocalDate issueDate,
    BigDecimal gross,
    List<Line> lines) {

  public record Line(
      BigDecimal net, BigDecimal tax, Optional<String> taxCategory, Optional<BigDecimal> taxRate) {}

  public ArDocument {
    lines = List.copyOf(lines);
  }
}
