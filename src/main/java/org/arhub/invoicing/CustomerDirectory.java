package org.arhub.invoicing;

import java.util.Optional;

/** The customers intake knows, by the ERP's customer id (the store in the hub, a map in tests). */
@FunctionalInterface
public interface CustomerDirectory {
  Optional<CustomerMaster> find(String customerId);
}
