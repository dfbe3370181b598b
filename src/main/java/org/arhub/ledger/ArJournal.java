package org.arhub.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.cashapp.Allocation;
import org.arhub.model.Money;

/**
 * The journal entries of cash application in the AR sub-ledger. Cash arrives in unapplied cash;
 * applying it moves it to the invoices (with the discount and write-off that settle them), or to
 * the customer's account. A deduction stays in receivables under a dispute, so it posts nothing.
 * Every entry is keyed to the bank payment ({@code sourceRef}) it comes from.
 */
public final class ArJournal {
  public static final String SOURCE = "CASH_APPLICATION";
  private final ArAccounts accounts;

  public ArJournal(ArAccounts accounts) {
    this.accounts = accounts;
  }

  /** Dr bank, Cr unapplied cash. */
  public JournalEntry cashReceived(
      long bankPaymentId, String paymentId, LocalDate date, Money cash) {
    return new JournalEntry(
        PostingIds.cashReceived(bankPaymentId),
        date,
        "cash received: payment " + paymentId,
        SOURCE,
        String.valueOf(bankPaymentId),
        List.of(
            JournalLine.debit(accounts.bank(), cash.amount(), cash.currency(), paymentId),
            JournalLine.credit(
                accounts.unappliedCash(), cash.amount(), cash.currency(), paymentId)));
  }

  /**
   * One invoice settled: Dr unapplied cash (the cash), Dr discounts allowed, Dr write-offs, Cr
   * receivables (all three). Lines of zero are left out.
   */
  public JournalEntry application(
      String postingId,
      long bankPaymentId,
      LocalDate date,
      String currency,
      Allocation allocation) {
    String invoice = allocation.invoiceNumber();
    List<JournalLine> lines = new ArrayList<>(4);
    debitIfAny(lines, accounts.unappliedCash(), allocation.cash(), currency, invoice);
    debitIfAny(lines, accounts.discountsAllowed(), allocation.discount(), currency, invoice);
    debitIfAny(lines, accounts.writeOffs(), allocation.writeOff(), currency, invoice);
    lines.add(JournalLine.credit(accounts.receivables(), allocation.settled(), currency, invoice));
    return new JournalEntry(
        postingId,
        date,
        "applied to invoice " + invoice + " (customer " + allocation.customerId() + ")",
        SOURCE,
        String.valueOf(bankPaymentId),
        lines);
  }

  /** Cash left with the customer: Dr unapplied cash, Cr on account. */
  public JournalEntry onAccount(
      String postingId, long bankPaymentId, LocalDate date, Money amount, String customerId) {
    return new JournalEntry(
        postingId,
        date,
        "on account for customer " + customerId,
        SOURCE,
        String.valueOf(bankPaymentId),
        List.of(
            JournalLine.debit(
                accounts.unappliedCash(), amount.amount(), amount.currency(), customerId),
            JournalLine.credit(
                accounts.onAccount(), amount.amount(), amount.currency(), customerId)));
  }

  /** A small unapplied remainder written off: Dr unapplied cash, Cr write-offs. */
  public JournalEntry writeOff(String postingId, long bankPaymentId, LocalDate date, Money amount) {
    return new JournalEntry(
        postingId,
        date,
        "unapplied remainder written off",
        SOURCE,
        String.valueOf(bankPaymentId),
        List.of(
            JournalLine.debit(accounts.unappliedCash(), amount.amount(), amount.currency(), null),
            JournalLine.credit(accounts.writeOffs(), amount.amount(), amount.currency(), null)));
  }

  /**
   * The entry that undoes {@code original}: its lines with debit and credit swapped, under the
   * posting id {@code reverse:<original>}. History is never edited.
   */
  public static JournalEntry reversal(JournalEntry original, LocalDate date, String why) {
    return new JournalEntry(
        PostingIds.reversal(original.postingId()),
        date,
        "reversal of " + original.postingId() + ": " + why,
        original.source(),
        original.sourceRef(),
        original.lines().stream().map(JournalLine::swapped).toList(),
        Optional.of(original.postingId()));
  }

  private static void debitIfAny(
      List<JournalLine> lines, String account, BigDecimal amount, String currency, String memo) {
    if (amount.signum() > 0) {
      lines.add(JournalLine.debit(account, amount, currency, memo));
    }
  }
}
