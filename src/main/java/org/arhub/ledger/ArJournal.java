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
 * the customer's account. A deduction stays open on the invoice but moves from receivables to
 * disputed receivables until the dispute is settled or the payment unapplied (then reversed). Every
 * entry is keyed to the bank payment ({@code sourceRef}) it comes from. The accounts come from the
 * chart of accounts by event and context ({@link AccountMap}).
 */
public final class ArJournal {
  public static final String SOURCE = "CASH_APPLICATION";
  public static final String REFUND_SOURCE = "REFUND";
  private final AccountMap accounts;

  public ArJournal(AccountMap accounts) {
    this.accounts = accounts;
  }

  private String account(LedgerEvent event, AccountRole role, PostingContext context) {
    return accounts.account(event, role, context);
  }

  /** Dr bank, Cr unapplied cash. */
  public JournalEntry cashReceived(
      long bankPaymentId, String paymentId, LocalDate date, Money cash) {
    PostingContext context = PostingContext.of(cash.currency());
    return new JournalEntry(
        PostingIds.cashReceived(bankPaymentId),
        date,
        "cash received: payment " + paymentId,
        SOURCE,
        String.valueOf(bankPaymentId),
        List.of(
            JournalLine.debit(
                account(LedgerEvent.CASH_RECEIVED, AccountRole.BANK, context),
                cash.amount(),
                cash.currency(),
                paymentId),
            JournalLine.credit(
                account(LedgerEvent.CASH_RECEIVED, AccountRole.UNAPPLIED_CASH, context),
                cash.amount(),
                cash.currency(),
                paymentId)));
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
    return application(postingId, bankPaymentId, date, PostingContext.of(currency), allocation);
  }

  /** As above, in a context that may name the customer's group (its receivables account). */
  public JournalEntry application(
      String postingId,
      long bankPaymentId,
      LocalDate date,
      PostingContext context,
      Allocation allocation) {
    String invoice = allocation.invoiceNumber();
    String currency = context.currency();
    LedgerEvent event = LedgerEvent.APPLICATION;
    List<JournalLine> lines = new ArrayList<>(4);
    debitIfAny(
        lines,
        account(event, AccountRole.UNAPPLIED_CASH, context),
        allocation.cash(),
        currency,
        invoice);
    debitIfAny(
        lines,
        account(event, AccountRole.DISCOUNTS_ALLOWED, context),
        allocation.discount(),
        currency,
        invoice);
    debitIfAny(
        lines,
        account(event, AccountRole.WRITE_OFFS, context),
        allocation.writeOff(),
        currency,
        invoice);
    lines.add(
        JournalLine.credit(
            account(event, AccountRole.RECEIVABLES, context),
            allocation.settled(),
            currency,
            invoice));
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
    PostingContext context = PostingContext.of(amount.currency());
    return new JournalEntry(
        postingId,
        date,
        "on account for customer " + customerId,
        SOURCE,
        String.valueOf(bankPaymentId),
        List.of(
            JournalLine.debit(
                account(LedgerEvent.ON_ACCOUNT, AccountRole.UNAPPLIED_CASH, context),
                amount.amount(),
                amount.currency(),
                customerId),
            JournalLine.credit(
                account(LedgerEvent.ON_ACCOUNT, AccountRole.ON_ACCOUNT, context),
                amount.amount(),
                amount.currency(),
                customerId)));
  }

  /** A small unapplied remainder written off: Dr unapplied cash, Cr write-offs. */
  public JournalEntry writeOff(String postingId, long bankPaymentId, LocalDate date, Money amount) {
    PostingContext context = PostingContext.of(amount.currency());
    return new JournalEntry(
        postingId,
        date,
        "unapplied remainder written off",
        SOURCE,
        String.valueOf(bankPaymentId),
        List.of(
            JournalLine.debit(
                account(LedgerEvent.WRITE_OFF, AccountRole.UNAPPLIED_CASH, context),
                amount.amount(),
                amount.currency(),
                null),
            JournalLine.credit(
                account(LedgerEvent.WRITE_OFF, AccountRole.WRITE_OFFS, context),
                amount.amount(),
                amount.currency(),
                null)));
  }

  /**
   * The part of an invoice the payer deducted, reclassified while it is disputed: Dr disputed
   * receivables, Cr receivables. Both lines carry the invoice number, so the customer's balance
   * (receivables and disputes) still finds the invoice's open amount.
   */
  public JournalEntry disputeOpened(
      String postingId,
      long bankPaymentId,
      LocalDate date,
      PostingContext context,
      String invoiceNumber,
      String customerId,
      BigDecimal amount) {
    String currency = context.currency();
    return new JournalEntry(
        postingId,
        date,
        "deduction on invoice " + invoiceNumber + " moved to dispute (customer " + customerId + ")",
        SOURCE,
        String.valueOf(bankPaymentId),
        List.of(
            JournalLine.debit(
                account(LedgerEvent.DISPUTE, AccountRole.DISPUTES, context),
                amount,
                currency,
                invoiceNumber),
            JournalLine.credit(
                account(LedgerEvent.DISPUTE, AccountRole.RECEIVABLES, context),
                amount,
                currency,
                invoiceNumber)));
  }

  /**
   * Cash on a customer's account paid back to them: Dr on account, Cr bank. Keyed to the refund's
   * own reference (the outgoing payment), not to a bank payment received.
   */
  public JournalEntry refund(
      String postingId, String refundRef, LocalDate date, Money amount, String customerId) {
    PostingContext context = PostingContext.of(amount.currency());
    return new JournalEntry(
        postingId,
        date,
        "refund " + refundRef + " to customer " + customerId,
        REFUND_SOURCE,
        refundRef,
        List.of(
            JournalLine.debit(
                account(LedgerEvent.REFUND, AccountRole.ON_ACCOUNT, context),
                amount.amount(),
                amount.currency(),
                customerId),
            JournalLine.credit(
                account(LedgerEvent.REFUND, AccountRole.BANK, context),
                amount.amount(),
                amount.currency(),
                customerId)));
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
