package org.arhub.cashapp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a rule sees: the payment, who paid it as far as known, the open items and the policy. One
 * context serves one decision, so the customer's open invoices (which several rules read, once per
 * reference) are gathered once.
 */
public final class MatchContext {
  private final IncomingPayment payment;
  private final CustomerMatch customer;
  private final OpenItemIndex index;
  private final SettlementPolicy policy;
  private List<OpenInvoice> customerOpenInvoices;

  public MatchContext(
      IncomingPayment payment,
      CustomerMatch customer,
      OpenItemIndex index,
      SettlementPolicy policy) {
    this.payment = payment;
    this.customer = customer;
    this.index = index;
    this.policy = policy;
  }

  public IncomingPayment payment() {
    return payment;
  }

  public CustomerMatch customer() {
    return customer;
  }

  public OpenItemIndex index() {
    return index;
  }

  public SettlementPolicy policy() {
    return policy;
  }

  /** The open invoices of the identified customer and of the customers it may pay for. */
  public List<OpenInvoice> customerOpenInvoices() {
    if (customerOpenInvoices == null) {
      customerOpenInvoices = List.copyOf(gatherCustomerOpenInvoices());
    }
    return customerOpenInvoices;
  }

  private List<OpenInvoice> gatherCustomerOpenInvoices() {
    if (customer.customerId().isEmpty()) {
      return List.of();
    }
    List<OpenInvoice> open = new ArrayList<>();
    for (String id : index.payableFor(customer.customerId().get())) {
      open.addAll(index.openInvoices(id));
    }
    open.sort(
        (a, b) ->
            a.dueDate().equals(b.dueDate())
                ? a.number().compareTo(b.number())
                : a.dueDate().compareTo(b.dueDate()));
    return open;
  }

  /**
   * The invoice a reference names, if exactly one fits: among several with the same key, the one of
   * the identified customer (or a customer it may pay for).
   */
  public Optional<OpenInvoice> resolveOne(String key) {
    List<OpenInvoice> found = index.resolve(key);
    if (found.size() > 1 && customer.customerId().isPresent()) {
      String payer = customer.customerId().get();
      found =
          found.stream()
              .filter(i -> index.relation(payer, i.customerId()) != OpenItemIndex.Relation.NONE)
              .toList();
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  public BigDecimal amount() {
    return payment.amount().amount();
  }
}
