package org.arhub.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arhub.model.Money;

/**
 * The realised exchange difference when a foreign-currency invoice is paid at another rate than it
 * was booked at. The sub-ledger keeps the invoice and its payment in the document currency; the GL
 * keeps receivables in the functional currency too, and the difference between the settled amount
 * at the payment day's rate and at the invoice day's rate is a gain or a loss: Dr receivables, Cr
 * FX gain, or Dr FX loss, Cr receivables, in the functional currency. Without a rate for either day
 * (no rate source configured) nothing is posted.
 */
public final class FxDifferenceJournal {
  public static final String SOURCE = "FX_DIFFERENCE";
  private final AccountMap accounts;
  private final FxPolicy policy;
  private final FxRates rates;

  public FxDifferenceJournal(AccountMap accounts, FxPolicy policy, FxRates rates) {
    this.accounts = accounts;
    this.policy = policy;
    this.rates = rates;
  }

  public static String postingId(String applicationPostingId) {
    return "fx:" + applicationPostingId;
  }

  /**
   * @param settled what the application took off the invoice, in the document currency
   */
  public Optional<JournalEntry> realised(
      String applicationPostingId,
      String invoiceNumber,
      Optional<String> customerGroup,
      LocalDate invoiceDate,
      LocalDate paymentDate,
      Money settled) {
    String functional = policy.functionalCurrency();
    if (!policy.postsFxDifferences() || settled.currency().equals(functional)) {
      return Optional.empty();
    }
    Optional<BigDecimal> booked = rates.rate(settled.currency(), invoiceDate);
    Optional<BigDecimal> paid = rates.rate(settled.currency(), paymentDate);
    if (booked.isEmpty() || paid.isEmpty()) {
      return Optional.empty();
    }
    int scale = Money.scale(functional);
    BigDecimal difference =
        settled
            .amount()
            .multiply(paid.get())
            .setScale(scale, RoundingMode.HALF_EVEN)
            .subtract(
                settled.amount().multiply(booked.get()).setScale(scale, RoundingMode.HALF_EVEN));
    if (difference.signum() == 0) {
      return Optional.empty();
    }
    PostingContext context = PostingContext.of(functional).withCustomerGroup(customerGroup);
    String receivables =
        accounts.account(LedgerEvent.FX_DIFFERENCE, AccountRole.RECEIVABLES, context);
    String memo = invoiceNumber;
    List<JournalLine> lines =
        difference.signum() > 0
            ? List.of(
                JournalLine.debit(receivables, difference, functional, memo),
                JournalLine.credit(
                    accounts.account(LedgerEvent.FX_DIFFERENCE, AccountRole.FX_GAIN, context),
                    difference,
                    functional,
                    memo))
            : List.of(
                JournalLine.debit(
                    accounts.account(LedgerEvent.FX_DIFFERENCE, AccountRole.FX_LOSS, context),
                    difference.negate(),
                    functional,
                    memo),
                JournalLine.credit(receivables, difference.negate(), functional, memo));
    return Optional.of(
        new JournalEntry(
            postingId(applicationPostingId),
            paymentDate,
            "realised FX difference on invoice %s: %s %s at %s instead of %s"
                .formatted(
                    invoiceNumber,
                    settled.amount().toPlainString(),
                    settled.currency(),
                    paid.get().toPlainString(),
                    booked.get().toPlainString()),
            SOURCE,
            invoiceNumber,
            lines));
  }
}
