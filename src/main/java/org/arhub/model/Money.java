package org.arhub.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in an ISO 4217 currency, held at the currency's minor-unit scale. An amount with
 * more decimals than the currency allows is an error, never rounded.
 */
public record Money(BigDecimal amount, String currency) {
  public Money {
    Objects.requireNonNull(amount, "amount");
    amount = atScale(amount, currency);
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  /** The number of decimals of an ISO 4217 currency (2 for EUR/USD, 0 for JPY, 3 for KWD). */
  public static int scale(String currency) {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("'" + currency + "' is not an ISO 4217 currency code");
    }
  }

  /** Sets an amount to the currency's scale; throws if that would drop non-zero decimals. */
  public static BigDecimal atScale(BigDecimal amount, String currency) {
    int scale = scale(currency);
    try {
      return amount.setScale(scale);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          amount.toPlainString()
              + " has more decimals than "
              + currency
              + " allows ("
              + scale
              + ")");
    }
  }

  public Money plus(Money other) {
    sameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    sameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  private void sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot combine " + currency + " and " + other.currency);
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
