package org.arhub.cashapp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What cash application looks things up in: customers by id, payer account and name; invoices by
 * reference key, by customer and by open amount; what was learned from people's decisions. It keeps
 * open amounts current as decisions are applied, so the next payment of a run sees them. Not
 * thread-safe: one run uses one index.
 */
public final class OpenItemIndex {
  private static final Comparator<OpenInvoice> OLDEST_FIRST =
      Comparator.comparing(OpenInvoice::dueDate)
          .thenComparing(OpenInvoice::issueDate)
          .thenComparing(OpenInvoice::number);

  private final Map<String, Customer> customers = new HashMap<>();
  private final Map<String, String> customerByAccount = new HashMap<>();
  private final Map<String, Set<String>> customersByName = new HashMap<>();
  private final Map<String, Set<String>> customersByWord = new HashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();
  private final Map<String, OpenInvoice> invoices = new HashMap<>();
  private final Map<String, List<String>> invoicesByKey = new HashMap<>();
  private final Map<String, String> aliases = new HashMap<>();
  private final Map<String, List<String>> invoicesByCustomer = new HashMap<>();
  private final Map<String, List<String>> invoicesByOpenAmount = new HashMap<>();

  public void addCustomer(Customer customer) {
    customers.put(customer.id(), customer);
    customer.bankAccounts().forEach(account -> customerByAccount.put(account, customer.id()));
    learnName(customer.name(), customer.id());
    customer
        .parentId()
        .ifPresent(
            parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(customer.id()));
  }

  public void addInvoice(OpenInvoice invoice) {
    invoices.put(invoice.number(), invoice);
    invoicesByKey
        .computeIfAbsent(ReferenceKey.of(invoice.number()), k -> new ArrayList<>(1))
        .add(invoice.number());
    invoicesByCustomer
        .computeIfAbsent(invoice.customerId(), k -> new ArrayList<>())
        .add(invoice.number());
    indexOpenAmount(invoice);
  }

  /** A payer account a person said belongs to a customer. */
  public void learnAccount(String account, String customerId) {
    customerByAccount.put(ReferenceKey.account(account), customerId);
  }

  /** A reference a person said means an invoice. */
  public void learnAlias(String reference, String invoiceNumber) {
    aliases.put(ReferenceKey.of(reference), invoiceNumber);
  }

  /** A payer name a person said is a customer's. */
  public void learnName(String name, String customerId) {
    String key = CompanyName.key(name);
    if (!key.isEmpty()) {
      customersByName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(customerId);
      for (String word : key.split(" ")) {
        customersByWord.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(customerId);
      }
    }
  }

  public Optional<Customer> customer(String id) {
    return Optional.ofNullable(customers.get(id));
  }

  public Optional<String> customerByAccount(String account) {
    return Optional.ofNullable(customerByAccount.get(ReferenceKey.account(account)));
  }

  /** Customers whose name has the same {@link CompanyName#key}. */
  public Set<String> customersByName(String name) {
    return customersByName.getOrDefault(CompanyName.key(name), Set.of());
  }

  /**
   * Customers whose name shares a significant word with {@code name}: the similar-name shortlist.
   */
  public Set<Customer> customersSharingAWord(String name) {
    Set<Customer> found = new LinkedHashSet<>();
    String key = CompanyName.key(name);
    if (!key.isEmpty()) {
      for (String word : key.split(" ")) {
        for (String id : customersByWord.getOrDefault(word, Set.of())) {
          if (customers.containsKey(id)) {
            found.add(customers.get(id));
          }
        }
      }
    }
    return found;
  }

  public Optional<OpenInvoice> invoice(String number) {
    return Optional.ofNullable(invoices.get(number));
  }

  /** The invoices (open or not) a reference key names: a learned alias first, else by key. */
  public List<OpenInvoice> resolve(String key) {
    String alias = aliases.get(key);
    if (alias != null && invoices.containsKey(alias)) {
      return List.of(invoices.get(alias));
    }
    List<String> numbers = invoicesByKey.get(key);
    if (numbers == null) {
      return List.of();
    }
    return numbers.stream().map(invoices::get).toList();
  }

  /** A customer's open invoices, oldest due first. */
  public List<OpenInvoice> openInvoices(String customerId) {
    List<OpenInvoice> open = new ArrayList<>();
    for (String number : invoicesByCustomer.getOrDefault(customerId, List.of())) {
      OpenInvoice invoice = invoices.get(number);
      if (invoice.isOpen()) {
        open.add(invoice);
      }
    }
    open.sort(OLDEST_FIRST);
    return open;
  }

  /** Open invoices whose open amount is exactly {@code amount}, oldest due first. */
  public List<OpenInvoice> openWithAmount(String currency, BigDecimal amount) {
    List<OpenInvoice> found = new ArrayList<>();
    for (String number :
        invoicesByOpenAmount.getOrDefault(amountKey(currency, amount), List.of())) {
      OpenInvoice invoice = invoices.get(number);
      if (invoice.openAmount().compareTo(amount) == 0 && invoice.currency().equals(currency)) {
        found.add(invoice);
      }
    }
    found.sort(OLDEST_FIRST);
    return found;
  }

  /**
   * Whether {@code payer} may pay {@code owner}'s invoices: itself, its parent, children, siblings.
   */
  public Relation relation(String payer, String owner) {
    if (payer.equals(owner)) {
      return Relation.SAME;
    }
    Optional<String> payerParent = customer(payer).flatMap(Customer::parentId);
    Optional<String> ownerParent = customer(owner).flatMap(Customer::parentId);
    boolean related =
        ownerParent.filter(payer::equals).isPresent()
            || payerParent.filter(owner::equals).isPresent()
            || payerParent.isPresent() && payerParent.equals(ownerParent);
    return related ? Relation.RELATED : Relation.NONE;
  }

  /** Customers whose invoices {@code payer} may pay: itself and its children. */
  public List<String> payableFor(String payer) {
    List<String> ids = new ArrayList<>();
    ids.add(payer);
    ids.addAll(children.getOrDefault(payer, List.of()));
    return ids;
  }

  /** Lowers an invoice's open amount by what a decision settled on it. */
  public void settle(String number, BigDecimal settled) {
    if (settled.signum() == 0) {
      return;
    }
    OpenInvoice invoice = invoices.get(number);
    OpenInvoice updated = invoice.withOpenAmount(invoice.openAmount().subtract(settled));
    invoices.put(number, updated);
    indexOpenAmount(updated);
  }

  public int invoiceCount() {
    return invoices.size();
  }

  private void indexOpenAmount(OpenInvoice invoice) {
    if (invoice.isOpen()) {
      invoicesByOpenAmount
          .computeIfAbsent(
              amountKey(invoice.currency(), invoice.openAmount()), k -> new ArrayList<>(1))
          .add(invoice.number());
    }
  }

  /** One key per currency and amount whatever its scale: "EUR" and 12.50 → "EUR12.5". */
  public static String amountKey(String currency, BigDecimal amount) {
    return currency + amount.stripTrailingZeros().toPlainString();
  }

  /** How a payer stands to the owner of an invoice. */
  public enum Relation {
    SAME,
    RELATED,
    NONE
  }
}
