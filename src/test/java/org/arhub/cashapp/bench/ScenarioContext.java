package org.arhub.cashapp.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.arhub.cashapp.bench.LabelledPayment.Document;
import org.arhub.cashapp.bench.LabelledPayment.Payer;
import org.arhub.cashapp.bench.TruthRow.Outcome;

/**
 * What every scenario draws on: the seeded random source, the customer book, the booking day, and
 * how a known customer shows up as payer and a reference as remittance in each format.
 */
final class ScenarioContext {
  private static final int TRIES = 400;
  private static final List<String> SINGLE_TEXT =
      List.of("%s", "%s", "INVOICE %s", "RE %s", "PAYMENT %s", "Rechnung %s", "Facture %s");

  final Random random;
  final CustomerBook book;
  final LocalDate day;
  final ReferenceNoise noise;
  private long traces;

  ScenarioContext(Random random, CustomerBook book, LocalDate day) {
    this.random = random;
    this.book = book;
    this.day = day;
    this.noise = new ReferenceNoise(random);
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A random customer in {@code currency} that passes {@code test}, if one is found quickly. */
  Optional<Customer> customer(String currency, Predicate<Customer> test) {
    List<Customer> all = book.inCurrency(currency);
    for (int i = 0; i < TRIES && !all.isEmpty(); i++) {
      Customer c = pick(all);
      if (test.test(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Up to {@code count} of the customer's invoices no payment pays yet that pass {@code test}. */
  List<OpenInvoice> unused(Customer customer, int count, Predicate<OpenInvoice> test) {
    List<OpenInvoice> free = new ArrayList<>();
    for (OpenInvoice invoice : book.invoicesOf(customer)) {
      if (!invoice.used() && test.test(invoice)) {
        free.add(invoice);
      }
    }
    java.util.Collections.shuffle(free, random);
    return free.subList(0, Math.min(count, free.size()));
  }

  /** A customer in {@code currency} with {@code count} unused invoices passing {@code test}. */
  Optional<List<OpenInvoice>> invoices(
      String currency, Predicate<Customer> who, int count, Predicate<OpenInvoice> test) {
    for (int i = 0; i < 20; i++) {
      Optional<Customer> c =
          customer(currency, x -> who.test(x) && unused(x, count, test).size() == count);
      if (c.isPresent()) {
        return Optional.of(unused(c.get(), count, test));
      }
    }
    return Optional.empty();
  }

  /** The customer paying from its own registered account, as each format names it. */
  Payer payer(Customer customer, PaymentFormat format) {
    String name = customer.name();
    return switch (format) {
      case CAMT053 ->
          new Payer(
              Optional.of(chance(30) ? name.toUpperCase(Locale.ROOT) : name),
              Optional.of(pick(customer.accounts())),
              Optional.empty());
      case BAI2 -> new Payer(Optional.of(name.toUpperCase(Locale.ROOT)), none(), none());
      case LOCKBOX ->
          new Payer(
              Optional.of(checkName(name)),
              Optional.of(pick(customer.accounts())),
              Optional.of(customer.routingNumber()));
    };
  }

  /** A check's remitter name: upper case, at most the 30 columns of the MICR record. */
  static String checkName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return upper.length() > 30 ? upper.substring(0, 30).trim() : upper;
  }

  /** A new ACH-style trace number (15 digits), unique in the run. */
  String trace() {
    return String.format("03100005%07d", ++traces);
  }

  TruthRow row(
      String id,
      PaymentFormat format,
      Complication complication,
      String invoice,
      BigDecimal amount,
      Outcome outcome) {
    return new TruthRow(
        id,
        format.label(complication.hasRemittanceAdvice()),
        complication.label(),
        invoice,
        amount,
        outcome);
  }

  /** One reference as free text: how payers put a single invoice number in a text field. */
  String singleText(String reference) {
    return String.format(pick(SINGLE_TEXT), reference);
  }

  /**
   * Remittance naming these documents: structured where the format carries structure (always in a
   * lockbox, {@code structuredPercent} of the time in camt), free text else.
   */
  Remittance remittance(PaymentFormat format, List<Document> documents, int structuredPercent) {
    boolean structured =
        format == PaymentFormat.LOCKBOX
            || format == PaymentFormat.CAMT053 && chance(structuredPercent);
    if (structured) {
      return new Remittance(List.of(), documents);
    }
    if (documents.size() == 1) {
      return new Remittance(List.of(singleText(documents.get(0).reference())), List.of());
    }
    StringBuilder text = new StringBuilder(pick(List.of("", "RE ", "INVOICES ", "Rechnungen ")));
    String separator = pick(List.of(" ", " ", "+", "; ", " AND "));
    for (int i = 0; i < documents.size(); i++) {
      text.append(i == 0 ? "" : separator).append(documents.get(i).reference());
    }
    return new Remittance(List.of(text.toString().trim()), List.of());
  }

  /** Remittance as text lines and structured documents. */
  record Remittance(List<String> text, List<Document> documents) {}

  static <T> Optional<T> none() {
    return Optional.empty();
  }
}
