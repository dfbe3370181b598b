package org.arhub.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The AR events that post journal entries, with the account roles each one needs. Start-up checks
 * that the chart of accounts maps every role of every event (an unapply posts the reversal of its
 * original and needs no account of its own).
 */
public enum LedgerEvent {
  INVOICE_ISSUED(AccountRole.RECEIVABLES, AccountRole.REVENUE, AccountRole.TAX_PAYABLE),
  CREDIT_NOTE(AccountRole.RECEIVABLES, AccountRole.REVENUE, AccountRole.TAX_PAYABLE),
  CASH_RECEIVED(AccountRole.BANK, AccountRole.UNAPPLIED_CASH),
  APPLICATION(
      AccountRole.UNAPPLIED_CASH,
      AccountRole.DISCOUNTS_ALLOWED,
      AccountRole.WRITE_OFFS,
      AccountRole.RECEIVABLES),
  ON_ACCOUNT(AccountRole.UNAPPLIED_CASH, AccountRole.ON_ACCOUNT),
  WRITE_OFF(AccountRole.UNAPPLIED_CASH, AccountRole.WRITE_OFFS),
  DISPUTE(AccountRole.DISPUTES, AccountRole.RECEIVABLES),
  REFUND(AccountRole.ON_ACCOUNT, AccountRole.BANK),
  FX_DIFFERENCE(AccountRole.RECEIVABLES, AccountRole.FX_GAIN, AccountRole.FX_LOSS),
  OPENING_BALANCE(AccountRole.RECEIVABLES, AccountRole.OPENING_BALANCE);

  private final List<AccountRole> roles;

  LedgerEvent(AccountRole... roles) {
    this.roles = List.of(roles);
  }

  public List<AccountRole> roles() {
    return roles;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<LedgerEvent> ofKey(String key) {
    return Arrays.stream(values()).filter(e -> e.key().equals(key)).findFirst();
  }
}
