package org.arhub.cashapp.bench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The customers and their open invoices that a labelled payment file is made against. Each customer
 * has 3 to 8 open invoices, numbered across customers in one series ({@code INV-100001} on, with
 * gaps), so every paid invoice has distractors: its customer's other invoices and near numbers of
 * other customers. Amounts are cents spread over five orders of magnitude; some come from a price
 * list shared by many customers, and one customer in ten is billed one amount twice (a recurring
 * fee). About one invoice in 25 was part-paid before. One customer in 12 is a holding with one to
 * three subsidiaries.
 */
final class CustomerBook {
  private static final List<String> TERMS =
      List.of(
          "NET30",
          "NET30",
          "NET30",
          "NET30",
          "NET45",
          "NET60",
          "2/10 NET30",
          "2/10 NET30",
          "1/10 NET30");
  private static final List<String> PRICE_LIST =
      List.of("99.00", "249.00", "595.00", "1190.00", "2380.00", "4760.00");
  private static final long[][] CENT_RANGES = {
    {5_000, 99_999}, {100_000, 999_999}, {1_000_000, 4_999_999}, {5_000_000, 19_999_999}
  };
  private static final int[] RANGE_WEIGHTS = {15, 40, 35, 10};

  private final Random random;
  private final LocalDate day;
  private final CustomerNames names;
  private final Map<String, Customer> customers = new LinkedHashMap<>();
  private final Map<String, List<OpenInvoice>> invoicesOf = new HashMap<>();
  private final Map<String, OpenInvoice> byNumber = new HashMap<>();
  private final Map<String, List<Customer>> childrenOf = new HashMap<>();
  private final Map<String, List<Customer>> byCurrency = new HashMap<>();
  private final Set<String> accounts = new HashSet<>();

  CustomerBook(Random random, int count, LocalDate day) {
    this.random = random;
    this.day = day;
    this.names = new CustomerNames(random);
    List<Customer> created = new ArrayList<>(count);
    while (created.size() < count) {
      String currency = random.nextInt(100) < 45 ? "EUR" : "USD";
      boolean holding = created.size() + 3 < count && random.nextInt(12) == 0;
      Customer customer =
          customer(
              created.size(),
              holding ? names.holding(currency) : names.company(currency),
              currency,
              random.nextInt(4) == 0 ? 2 : 1);
      created.add(customer);
      for (int c = holding ? 1 + random.nextInt(3) : 0; c > 0; c--) {
        created.add(
            customer(created.size(), names.company(currency), currency, 1)
                .withParent(customer.id()));
      }
    }
    created.forEach(this::add);
    invoices(created);
  }

  private Customer customer(int index, String name, String currency, int accountCount) {
    List<String> own = new ArrayList<>(accountCount);
    for (int a = 0; a < accountCount; a++) {
      own.add(registered(newAccount(currency)));
    }
    return new Customer("C" + (10001 + index), name, own, Optional.empty(), currency, digits(9));
  }

  private void add(Customer customer) {
    customers.put(customer.id(), customer);
    byCurrency.computeIfAbsent(customer.currency(), c -> new ArrayList<>()).add(customer);
    customer
        .parentId()
        .ifPresent(p -> childrenOf.computeIfAbsent(p, k -> new ArrayList<>()).add(customer));
  }

  /** Invoices drawn per customer, then numbered in shuffled order so customers interleave. */
  private void invoices(List<Customer> all) {
    List<Draft> drafts = new ArrayList<>();
    for (Customer customer : all) {
      List<BigDecimal> amounts = new ArrayList<>();
      for (int n = 3 + random.nextInt(6); n > 0; n--) {
        amounts.add(amount());
      }
      if (random.nextInt(10) == 0) {
        amounts.set(1, amounts.get(0));
      }
      amounts.forEach(a -> drafts.add(new Draft(customer, a)));
    }
    Collections.shuffle(drafts, random);
    int number = 100_000;
    for (Draft draft : drafts) {
      number += 1 + random.nextInt(3);
      Customer customer = draft.customer();
      BigDecimal amount = draft.amount();
      BigDecimal open = amount;
      if (random.nextInt(25) == 0) {
        open = amount.subtract(amount.divide(BigDecimal.valueOf(4), 0, RoundingMode.DOWN));
      }
      OpenInvoice invoice =
          new OpenInvoice(
              "INV-" + number,
              customer.id(),
              customer.currency(),
              day.minusDays(10 + random.nextInt(66)),
              TERMS.get(random.nextInt(TERMS.size())),
              amount,
              open.setScale(2));
      invoicesOf.computeIfAbsent(customer.id(), k -> new ArrayList<>()).add(invoice);
      byNumber.put(invoice.number(), invoice);
    }
  }

  private record Draft(Customer customer, BigDecimal amount) {}

  private BigDecimal amount() {
    if (random.nextInt(100) < 8) {
      return new BigDecimal(PRICE_LIST.get(random.nextInt(PRICE_LIST.size())));
    }
    int draw = random.nextInt(100);
    int range = 0;
    while (draw >= RANGE_WEIGHTS[range]) {
      draw -= RANGE_WEIGHTS[range++];
    }
    long low = CENT_RANGES[range][0];
    long cents = low + random.nextInt((int) (CENT_RANGES[range][1] - low));
    if (random.nextInt(100) < 15) {
      cents -= cents % (cents >= 1_000_000 ? 10_000 : 100);
    }
    return BigDecimal.valueOf(cents, 2);
  }

  Iterable<Customer> customers() {
    return customers.values();
  }

  Customer customer(String id) {
    return customers.get(id);
  }

  List<Customer> inCurrency(String currency) {
    return byCurrency.getOrDefault(currency, List.of());
  }

  List<OpenInvoice> invoicesOf(Customer customer) {
    return invoicesOf.getOrDefault(customer.id(), List.of());
  }

  List<OpenInvoice> allInvoices() {
    List<OpenInvoice> all = new ArrayList<>(byNumber.values());
    all.sort((a, b) -> a.number().compareTo(b.number()));
    return all;
  }

  Optional<OpenInvoice> invoice(String number) {
    return Optional.ofNullable(byNumber.get(number));
  }

  List<Customer> children(Customer customer) {
    return childrenOf.getOrDefault(customer.id(), List.of());
  }

  /** Neither a holding nor a subsidiary: its payments by amount alone cannot reach kin. */
  boolean standalone(Customer customer) {
    return customer.parentId().isEmpty() && children(customer).isEmpty();
  }

  /**
   * Whether {@code amount} is what {@code chosen} adds up to and nothing else of the customer's
   * invoices (any one, two or three of them by open amount) does: only then does an amount alone
   * name the invoices.
   */
  boolean onlyMatch(Customer customer, BigDecimal amount, Set<OpenInvoice> chosen) {
    List<OpenInvoice> all = invoicesOf(customer);
    int n = all.size();
    for (int i = 0; i < n; i++) {
      BigDecimal a = all.get(i).openAmount();
      if (a.compareTo(amount) == 0 && !chosen.equals(Set.of(all.get(i)))) {
        return false;
      }
      for (int j = i + 1; j < n; j++) {
        BigDecimal ab = a.add(all.get(j).openAmount());
        if (ab.compareTo(amount) == 0 && !chosen.equals(Set.of(all.get(i), all.get(j)))) {
          return false;
        }
        for (int k = j + 1; k < n; k++) {
          if (ab.add(all.get(k).openAmount()).compareTo(amount) == 0
              && !chosen.equals(Set.of(all.get(i), all.get(j), all.get(k)))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** An account of nobody in customers.csv: an IBAN for euro payers, a US account number else. */
  String newAccount(String currency) {
    String account;
    do {
      account = currency.equals("EUR") ? iban() : "" + (1 + random.nextInt(9)) + digits(9);
    } while (accounts.contains(account));
    return account;
  }

  private String registered(String account) {
    accounts.add(account);
    return account;
  }

  CustomerNames names() {
    return names;
  }

  /** A German IBAN with valid ISO 13616 check digits. */
  private String iban() {
    String bban = digits(18);
    BigInteger check = new BigInteger(bban + "131400").mod(BigInteger.valueOf(97));
    return String.format("DE%02d%s", 98 - check.intValue(), bban);
  }

  private String digits(int count) {
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }
}
