package org.arhub.cashapp.bench;

import java.util.List;
import java.util.Optional;

/**
 * A customer of customers.csv ({@code customer_id,name,bank_accounts,parent_id}), with the currency
 * it is invoiced in and the routing number of its bank (a lockbox check's MICR line names both).
 */
record Customer(
    String id,
    String name,
    List<String> accounts,
    Optional<String> parentId,
    String currency,
    String routingNumber) {
  Customer {
    accounts = List.copyOf(accounts);
  }

  Customer withParent(String parent) {
    return new Customer(id, name, accounts, Optional.of(parent), currency, routingNumber);
  }
}
