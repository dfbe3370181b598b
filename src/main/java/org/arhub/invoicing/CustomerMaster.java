package org.arhub.invoicing;

import java.util.List;
import java.util.Optional;
import org.arhub.model.Invoice;

/**
 * A customer as the ERP masters it: who it is, where, its tax and Peppol identities, and how it
 * wants its invoices (channels in order of preference, the addresses for mail, the language).
 *
 * @param channels any of email, x12-810, ubl-sftp, peppol
 * @param peppolId the Peppol participant id, scheme and value: "0088:4035811991014"
 */
public record CustomerMaster(
    String id,
    String name,
    Optional<String> parentId,
    Optional<String> currency,
    Optional<String> terms,
    Optional<String> group,
    Optional<String> vatId,
    Optional<String> taxId,
    Optional<String> peppolId,
    Invoice.Address address,
    Optional<String> language,
    List<String> channels,
    List<String> emails) {
  public static final List<String> CHANNELS = List.of("email", "x12-810", "ubl-sftp", "peppol");

  public CustomerMaster {
    channels = List.copyOf(channels);
    emails = List.copyOf(emails);
  }

  /** The buyer of an invoice to this customer, as the canonical invoice carries it. */
  public Invoice.Buyer buyer() {
    return new Invoice.Buyer(Optional.of(id), name, vatId, address, peppolId);
  }
}
