package org.arhub.cashapp;

import java.util.List;
import java.util.Optional;

/**
 * A customer as cash application knows it.
 *
 * @param bankAccounts payer accounts known to be this customer's, normalised by {@link
 *     ReferenceKey#account}
 * @param parentId the head office that may pay this customer's invoices
 * @param group the customer group whose settlement policy applies (rules.yaml {@code
 *     settlement.groups}), when it has one
 */
public record Customer(
    String id,
    String name,
    List<String> bankAccounts,
    Optional<String> parentId,
    Optional<String> group) {
  public Customer {
    bankAccounts = bankAccounts.stream().map(ReferenceKey::account).toList();
  }

  public Customer(String id, String name, List<String> bankAccounts, Optional<String> parentId) {
    this(id, name, bankAccounts, parentId, Optional.empty());
  }
}
