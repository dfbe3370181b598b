package org.arhub.ledger;

import java.math.BigDecimal;
import java.util.Optional;
import org.arhub.model.Money;

/**
 * One side of a journal entry: a debit or a credit to one account, never both, never zero (the
 * journal_line_one_side constraint says the same).
 */
public record JournalLine(
    String account, BigDecimal debit, BigDecimal credit, String currency, Optional<String> memo) {
  public JournalLine {
    if (account == null || account.isBlank()) {
      throw new IllegalArgumentException("journal line without an account");
    }
    debit = Money.atScale(debit, currency);
    credit = Money.atScale(credit, currency);
    if (debit.signum() < 0 || credit.signum() < 0) {
      throw new IllegalArgumentException(
          "journal line on " + account + ": negative amount " + debit + "/" + credit);
    }
    if ((debit.signum() > 0) == (credit.signum() > 0)) {
      throw new IllegalArgumentException(
          "journal line on " + account + ": exactly one of debit and credit must be positive");
    }
  }

  public static JournalLine debit(String account, BigDecimal amount, String currency, String memo) {
    return new JournalLine(account, amount, BigDecimal.ZERO, currency, Optional.ofNullable(memo));
  }

  public static JournalLine credit(
      String account, BigDecimal amount, String currency, String memo) {
    return new JournalLine(account, BigDecimal.ZERO, amount, currency, Optional.ofNullable(memo));
  }

  /** The same amount on the other side: what a reversing entry posts. */
  public JournalLine swapped() {
    return new JournalLine(account, credit, debit, currency, memo);
  }
}
