package org.arhub.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Adds up a statement's entries as they stream past and checks balance continuity at the end:
 * opening + credits − debits = closing, where the statement states both balances.
 */
public final class StatementTotals {
  private final Statement statement;
  private BigDecimal credits = BigDecimal.ZERO;
  private BigDecimal debits = BigDecimal.ZERO;
  private int entries;

  public StatementTotals(Statement statement) {
    this.statement = statement;
  }

  public void add(BankEntry entry) {
    entries++;
    if (entry.direction() == Direction.CREDIT) {
      credits = credits.add(entry.amount());
    } else {
      debits = debits.add(entry.amount());
    }
  }

  public StatementEnd end() {
    String currency = statement.currency();
    Optional<String> problem = Optional.empty();
    if (statement.openingBalance().isPresent() && statement.closingBalance().isPresent()) {
      BigDecimal computed = statement.openingBalance().get().add(credits).subtract(debits);
      BigDecimal stated = statement.closingBalance().get();
      if (computed.compareTo(stated) != 0) {
        problem =
            Optional.of(
                "statement "
                    + statement.statementId()
                    + " of account "
                    + statement.account()
                    + ": opening "
                    + plain(statement.openingBalance().get(), currency)
                    + " + credits "
                    + plain(credits, currency)
                    + " - debits "
                    + plain(debits, currency)
                    + " = "
                    + plain(computed, currency)
                    + " but the stated closing balance is "
                    + plain(stated, currency));
      }
    }
    return new StatementEnd(
        entries, Money.atScale(credits, currency), Money.atScale(debits, currency), problem);
  }

  private static String plain(BigDecimal amount, String currency) {
    return Money.atScale(amount, currency).toPlainString();
  }
}
