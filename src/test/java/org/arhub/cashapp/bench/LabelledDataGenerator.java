package org.arhub.cashapp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import org.arhub.cashapp.bench.LabelledPayment.Advice;

/**
 * Generates labelled data for the cash-application benchmark, the same for the same seed: {@code
 * customers.csv} and {@code invoices.csv} in the layouts of the {@code apply} command (DESIGN.md),
 * bank and remittance files under {@code files/} (camt.053.001.08 {@code *.xml}, BAI2 {@code
 * *.bai}, BAI lockbox {@code *.lbx}, X12 820 {@code *.820}, at most 5,000 payments a file), and
 * {@code truth.csv}, the outcomes a correct application reaches.
 *
 * <p>Each payment has one complication; the mix (weights of {@link Complication}, percent):
 *
 * <pre>
 *   clean_reference 39            reference_format 10 (no prefix, other separator, zeros, case)
 *   reference_typo 4              multi_invoice_structured 7     multi_invoice_text 4
 *   text_with_po_and_dates 5      no_reference_exact_amount 4    no_reference_sum_of_invoices 2
 *   discount_within_terms 4       bank_charges_short_pay 3       partial_payment 2
 *   deduction_with_reason_code 2  overpayment 2                  unknown_payer 2 (EXCEPTION)
 *   name_only_payer 2             remittance_in_separate_820 4   parent_pays_subsidiary 2
 *   currency_mismatch 1 (EXCEPTION)                              ambiguous_amount 1 (EXCEPTION)
 * </pre>
 *
 * Formats: camt.053 40, BAI2 30, lockbox 30 where the complication allows them (see {@link
 * Complication}); a payment with an 820 is labelled "BAI2+820" or "camt.053+820". When a scenario
 * finds no invoice that fits, the payment is a clean one instead, so the realised mix can be a
 * little off these weights.
 */
public final class LabelledDataGenerator {
  /** The booking day of every generated payment. */
  public static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  public static final int PAYMENTS_PER_FILE = 5_000;
  private static final Map<PaymentFormat, Integer> FORMAT_WEIGHTS =
      Map.of(PaymentFormat.CAMT053, 40, PaymentFormat.BAI2, 30, PaymentFormat.LOCKBOX, 30);

  /** What was written. */
  public record LabelledData(
      Path customers, Path invoices, Path truth, List<Path> files, int payments) {}

  private LabelledDataGenerator() {}

  public static LabelledData generate(Path dir, int payments, long seed) throws IOException {
    return generate(dir, payments, seed, PAYMENTS_PER_FILE);
  }

  public static LabelledData generate(Path dir, int payments, long seed, int perFile)
      throws IOException {
    Random random = new Random(seed);
    CustomerBook book = new CustomerBook(random, Math.max(24, payments / 2), DAY);
    ScenarioContext ctx = new ScenarioContext(random, book, DAY);
    Map<Complication, BiFunction<String, PaymentFormat, Optional<LabelledPayment>>> scenarios =
        scenarios(ctx);
    PaymentIds ids = new PaymentIds(perFile, DAY);
    Map<PaymentFormat, List<LabelledPayment>> byFormat = new EnumMap<>(PaymentFormat.class);
    List<LabelledPayment> all = new ArrayList<>(payments);
    for (int i = 0; i < payments; i++) {
      Complication complication = complication(random);
      PaymentFormat format = format(random, complication);
      String id = ids.next(format);
      LabelledPayment payment =
          scenarios
              .get(complication)
              .apply(id, format)
              .or(() -> scenarios.get(Complication.CLEAN_REFERENCE).apply(id, format))
              .orElseThrow(
                  () -> new IllegalStateException("no open invoice left for payment " + id));
      all.add(payment);
      byFormat.computeIfAbsent(format, f -> new ArrayList<>()).add(payment);
    }
    Files.createDirectories(dir.resolve("files"));
    List<Path> files = new ArrayList<>();
    files.addAll(writeBankFiles(dir.resolve("files"), byFormat, perFile));
    files.addAll(writeAdvices(dir.resolve("files"), all, perFile));
    LabelledData data =
        new LabelledData(
            dir.resolve("customers.csv"),
            dir.resolve("invoices.csv"),
            dir.resolve("truth.csv"),
            List.copyOf(files),
            payments);
    LedgerFiles.write(book, all, data);
    return data;
  }

  private static Map<Complication, BiFunction<String, PaymentFormat, Optional<LabelledPayment>>>
      scenarios(ScenarioContext ctx) {
    ReferenceScenarios reference = new ReferenceScenarios(ctx);
    DifferenceScenarios difference = new DifferenceScenarios(ctx);
    PayerScenarios payer = new PayerScenarios(ctx);
    Map<Complication, BiFunction<String, PaymentFormat, Optional<LabelledPayment>>> s =
        new EnumMap<>(Complication.class);
    s.put(Complication.CLEAN_REFERENCE, reference::clean);
    s.put(Complication.REFERENCE_FORMAT, reference::reformatted);
    s.put(Complication.REFERENCE_TYPO, reference::typo);
    s.put(Complication.MULTI_INVOICE_STRUCTURED, reference::severalStructured);
    s.put(Complication.MULTI_INVOICE_TEXT, reference::severalInText);
    s.put(Complication.TEXT_WITH_NOISE, reference::amidNoise);
    s.put(Complication.PARENT_PAYS_SUBSIDIARY, reference::parentPays);
    s.put(Complication.CURRENCY_MISMATCH, reference::otherCurrency);
    s.put(Complication.DISCOUNT_TAKEN, difference::discount);
    s.put(Complication.BANK_CHARGES, difference::bankCharges);
    s.put(Complication.PARTIAL_PAYMENT, difference::partial);
    s.put(Complication.OVERPAYMENT, difference::overpayment);
    s.put(Complication.DEDUCTION, difference::deduction);
    s.put(Complication.SEPARATE_820, difference::separateAdvice);
    s.put(Complication.AMOUNT_ONLY, payer::exactAmount);
    s.put(Complication.AMOUNT_SUM, payer::sumOfInvoices);
    s.put(Complication.AMBIGUOUS_AMOUNT, payer::ambiguous);
    s.put(Complication.UNKNOWN_PAYER, payer::unknownPayer);
    s.put(Complication.NAME_ONLY_PAYER, payer::nameOnly);
    return s;
  }

  private static Complication complication(Random random) {
    int draw = random.nextInt(100);
    for (Complication c : Complication.values()) {
      draw -= c.weight();
      if (draw < 0) {
        return c;
      }
    }
    throw new IllegalStateException("complication weights add up to less than 100");
  }

  private static PaymentFormat format(Random random, Complication complication) {
    int total = complication.formats().stream().mapToInt(FORMAT_WEIGHTS::get).sum();
    int draw = random.nextInt(total);
    for (PaymentFormat f : complication.formats()) {
      draw -= FORMAT_WEIGHTS.get(f);
      if (draw < 0) {
        return f;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static List<Path> writeBankFiles(
      Path dir, Map<PaymentFormat, List<LabelledPayment>> byFormat, int perFile)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (Map.Entry<PaymentFormat, List<LabelledPayment>> e : byFormat.entrySet()) {
      List<LabelledPayment> payments = e.getValue();
      for (int from = 0, n = 1; from < payments.size(); from += perFile, n++) {
        List<LabelledPayment> chunk =
            payments.subList(from, Math.min(payments.size(), from + perFile));
        Path file =
            switch (e.getKey()) {
              case CAMT053 -> {
                Path f = dir.resolve(String.format("camt053-%04d.xml", n));
                Camt053Writer.write(f, String.format("ARHUB-BENCH-%s-%04d", DAY, n), DAY, chunk);
                yield f;
              }
              case BAI2 -> {
                Path f = dir.resolve(String.format("bai2-%04d.bai", n));
                Bai2Writer.write(f, n, DAY, chunk);
                yield f;
              }
              case LOCKBOX -> {
                Path f = dir.resolve(String.format("lockbox-%04d.lbx", n));
                LockboxWriter.write(f, n, DAY, chunk);
                yield f;
              }
            };
        files.add(file);
      }
    }
    return files;
  }

  private static List<Path> writeAdvices(Path dir, List<LabelledPayment> payments, int perFile)
      throws IOException {
    List<Advice> advices = new ArrayList<>();
    payments.forEach(p -> p.advice().ifPresent(advices::add));
    List<Path> files = new ArrayList<>();
    for (int from = 0, n = 1; from < advices.size(); from += perFile, n++) {
      Path f = dir.resolve(String.format("remittance-%04d.820", n));
      X12RemittanceWriter.write(
          f, 7000 + n, DAY, advices.subList(from, Math.min(advices.size(), from + perFile)));
      files.add(f);
    }
    return files;
  }
}
