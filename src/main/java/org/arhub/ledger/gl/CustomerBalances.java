package org.arhub.ledger.gl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Customer account reconciliation. For each customer and currency: invoices − applications −
 * credits (discounts, write-offs) − credit notes must equal the open balance of its documents (a
 * credit note's open amount is negative: credit the customer has with us), and the open balance
 * must equal what the journal holds on the receivables accounts for the customer's documents (a
 * credit note is posted Cr receivables). The sum over customers must equal the AR control balance
 * of the sub-ledger. Every break is reported, not just the first.
 */
public final class CustomerBalances {
  private CustomerBalances() {}

  /**
   * One customer's figures in one currency, from the documents and from the journal.
   *
   * @param invoiced the amounts of its invoices (credit notes not included)
   * @param credits discounts and write-offs granted on its invoices
   * @param creditNotes the amounts of its credit notes, positive
   * @param open the sum of its documents' open amounts, credit notes negative
   */
  public record Figures(
      String customerId,
      String currency,
      BigDecimal invoiced,
      BigDecimal applied,
      BigDecimal credits,
      BigDecimal creditNotes,
      BigDecimal open,
      BigDecimal journalReceivables) {}

  public enum BreakKind {
    /** invoices − applications − credits ≠ open balance */
    DOCUMENTS,
    /** the open balance ≠ the journal's receivables for the customer */
    JOURNAL,
    /** the sum over customers ≠ the AR control balance */
    CONTROL
  }

  public record Break(
      BreakKind kind,
      Optional<String> customerId,
      String currency,
      BigDecimal expected,
      BigDecimal actual,
      String detail) {}

  public static List<Break> check(List<Figures> customers, Map<String, BigDecimal> control) {
    List<Break> breaks = new ArrayList<>();
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (Figures f : customers) {
      BigDecimal derived =
          f.invoiced().subtract(f.applied()).subtract(f.credits()).subtract(f.creditNotes());
      if (derived.compareTo(f.open()) != 0) {
        breaks.add(
            new Break(
                BreakKind.DOCUMENTS,
                Optional.of(f.customerId()),
                f.currency(),
                derived,
                f.open(),
                "invoices %s − applications %s − credits %s − credit notes %s ≠ open balance %s"
                    .formatted(
                        plain(f.invoiced()),
                        plain(f.applied()),
                        plain(f.credits()),
                        plain(f.creditNotes()),
                        plain(f.open()))));
      }
      if (f.open().compareTo(f.journalReceivables()) != 0) {
        breaks.add(
            new Break(
                BreakKind.JOURNAL,
                Optional.of(f.customerId()),
                f.currency(),
                f.open(),
                f.journalReceivables(),
                "open balance %s ≠ receivables journalled for the customer's documents %s"
                    .formatted(plain(f.open()), plain(f.journalReceivables()))));
      }
      sums.merge(f.currency(), f.open(), BigDecimal::add);
    }
    TreeSet<String> currencies = new TreeSet<>(sums.keySet());
    currencies.addAll(control.keySet());
    for (String currency : currencies) {
      BigDecimal sum = sums.getOrDefault(currency, BigDecimal.ZERO);
      BigDecimal balance = control.getOrDefault(currency, BigDecimal.ZERO);
      if (sum.compareTo(balance) != 0) {
        breaks.add(
            new Break(
                BreakKind.CONTROL,
                Optional.empty(),
                currency,
                sum,
                balance,
                "sum of customers' open balances %s ≠ AR control balance %s"
                    .formatted(plain(sum), plain(balance))));
      }
    }
    return breaks;
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }
}
