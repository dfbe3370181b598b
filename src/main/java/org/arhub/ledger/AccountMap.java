package org.arhub.ledger;

/** The account an event posts a role to, in a context. */
@FunctionalInterface
public interface AccountMap {
  String account(LedgerEvent event, AccountRole role, PostingContext context);
}
