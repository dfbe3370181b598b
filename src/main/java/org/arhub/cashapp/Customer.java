package org.arhub.cashapp;

import java.util.List;
import java.util.Optional;

/**
 * A customer as cash application knows it.
 *
 * @param bankAccounts payer accounts known to be this customer's, normalised by {@link
 *     ReferenceKey#account}
 * @param parentId the head office that may pay this customer's invoices
 */
public record Customer(
    String id, String name, List<String> bankAccounts, Optional<String> parentId) {
  public Customer {
    bankAccounts = bankAccounts.stream().map(ReferenceKey::account).toList();
  }
}
