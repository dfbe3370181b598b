package org.arhub.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A balanced journal entry: in every currency its debits equal its credits. The database checks the
 * same at commit; checking here names the posting before anything is written.
 *
 * @param postingId the idempotency key: an entry with this id is journalled once
 * @param source what produced it, e.g. CASH_APPLICATION
 * @param sourceRef the id of the source row (for cash application the bank payment's id)
 * @param reverses the posting id of the entry this one reverses
 */
public record JournalEntry(
    String postingId,
    LocalDate entryDate,
    String description,
    String source,
    String sourceRef,
    List<JournalLine> lines,
    Optional<String> reverses) {
  public JournalEntry {
    if (postingId == null || postingId.isBlank()) {
      throw new IllegalArgumentException("journal entry without a posting id");
    }
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("journal entry " + postingId + " has no lines");
    }
    Map<String, BigDecimal[]> sums = new TreeMap<>();
    for (JournalLine line : lines) {
      BigDecimal[] sum =
          sums.computeIfAbsent(
              line.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sum[0] = sum[0].add(line.debit());
      sum[1] = sum[1].add(line.credit());
    }
    sums.forEach(
        (currency, sum) -> {
          if (sum[0].compareTo(sum[1]) != 0) {
            throw new IllegalArgumentException(
                "journal entry %s does not balance: debits %s != credits %s (%s)"
                    .formatted(
                        postingId, sum[0].toPlainString(), sum[1].toPlainString(), currency));
          }
        });
  }

  public JournalEntry(
      String postingId,
      LocalDate entryDate,
      String description,
      String source,
      String sourceRef,
      List<JournalLine> lines) {
    this(postingId, entryDate, description, source, sourceRef, lines, Optional.empty());
  }
}
