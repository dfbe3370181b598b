package org.arhub.ledger;

/**
 * The fallback accounts of cash application, for callers (and tests) that give accounts directly
 * instead of a chart of accounts: each role has one account whatever the context.
 */
public record ArAccounts(
    String bank,
    String receivables,
    String unappliedCash,
    String onAccount,
    String discountsAllowed,
    String writeOffs,
    String disputes)
    implements AccountMap {

  /** The fallback accounts of the chart shipped in the jar. */
  public static ArAccounts standard() {
    return ChartOfAccounts.standard().cashApplicationAccounts();
  }

  @Override
  public String account(LedgerEvent event, AccountRole role, PostingContext context) {
    return switch (role) {
      case BANK -> bank;
      case RECEIVABLES -> receivables;
      case UNAPPLIED_CASH -> unappliedCash;
      case ON_ACCOUNT -> onAccount;
      case DISCOUNTS_ALLOWED -> discountsAllowed;
      case WRITE_OFFS -> writeOffs;
      case DISPUTES -> disputes;
      default ->
          throw new IllegalArgumentException(
              "cash-application accounts have no " + role.key() + " (event " + event.key() + ")");
    };
  }
}
