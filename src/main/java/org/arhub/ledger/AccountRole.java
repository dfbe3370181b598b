package org.arhub.ledger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an account is for in an AR posting. The chart of accounts maps each role to an account
 * number, by event, company, currency, customer group and tax category; the YAML key is the
 * lower-case name ({@code unapplied_cash}).
 */
public enum AccountRole {
  BANK(false),
  RECEIVABLES(true),
  UNAPPLIED_CASH(false),
  ON_ACCOUNT(false),
  DISCOUNTS_ALLOWED(true),
  WRITE_OFFS(true),
  DISPUTES(true),
  REVENUE(true),
  TAX_PAYABLE(true),
  FX_GAIN(true),
  FX_LOSS(true),
  OPENING_BALANCE(true);

  private final boolean customerKnown;

  AccountRole(boolean customerKnown) {
    this.customerKnown = customerKnown;
  }

  /**
   * False for roles posted before the customer is identified (cash arriving in the bank): their
   * account cannot depend on the customer's group, or the same cash would land on different
   * accounts coming in and going out.
   */
  public boolean customerKnown() {
    return customerKnown;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AccountRole> ofKey(String key) {
    return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
  }
}
