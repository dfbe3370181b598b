package org.arhub.cashapp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.arhub.cashapp.bench.LabelledDataGenerator.LabelledData;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.FileReaders;
import org.arhub.formats.InboundFileReader;
import org.arhub.formats.ledger.Csv;
import org.arhub.model.BankEntry;
import org.arhub.model.BankTransaction;
import org.arhub.model.FileHeader;
import org.arhub.model.Money;
import org.arhub.model.Remittance;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledDataGeneratorTest {
  private static final int PAYMENTS = 1_500;
  private static final long SEED = 20261120L;

  @TempDir static Path dir;
  private static LabelledData data;
  private static List<List<String>> truth;
  private static Parsed parsed;

  @BeforeAll
  static void generateAndParse() throws IOException {
    data = LabelledDataGenerator.generate(dir.resolve("a"), PAYMENTS, SEED, 400);
    truth = rows(data.truth());
    parsed = new Parsed();
    for (Path file : data.files()) {
      InboundFileReader.Outcome outcome =
          new InboundFileReader(FileReaders.standard())
              .read(file, file.toString(), Optional.empty(), parsed);
      assertThat(outcome).as(file.toString()).isInstanceOf(InboundFileReader.Read.class);
    }
    assertThat(parsed.duplicates).isEmpty();
    assertThat(parsed.files).doesNotHaveDuplicates();
  }

  @Test
  void sameSeedWritesTheSameBytes() throws IOException {
    LabelledData again = LabelledDataGenerator.generate(dir.resolve("b"), PAYMENTS, SEED, 400);
    assertThat(again.files()).hasSameSizeAs(data.files());
    for (String name : List.of("customers.csv", "invoices.csv", "truth.csv")) {
      assertThat(dir.resolve("b").resolve(name))
          .hasSameBinaryContentAs(dir.resolve("a").resolve(name));
    }
    for (int i = 0; i < data.files().size(); i++) {
      assertThat(again.files().get(i)).hasSameBinaryContentAs(data.files().get(i));
    }
  }

  @Test
  void writesEveryFormatAndSplitsLargeRuns() {
    List<String> names = data.files().stream().map(f -> f.getFileName().toString()).toList();
    assertThat(names)
        .anyMatch(n -> n.endsWith(".xml"))
        .anyMatch(n -> n.endsWith(".bai"))
        .anyMatch(n -> n.endsWith(".lbx"))
        .anyMatch(n -> n.endsWith(".820"));
    assertThat(names.stream().filter(n -> n.endsWith(".xml")).count()).isGreaterThan(1);
    assertThat(truth.stream().map(r -> r.get(2)).distinct().count())
        .isEqualTo(Complication.values().length);
  }

  @Test
  void everyLabelledPaymentIsReadBackWithItsAmount() {
    Map<String, BigDecimal> expected = new HashMap<>();
    for (List<String> row : truth) {
      if (!row.get(5).equals("DISPUTE")) {
        expected.merge(row.get(0), new BigDecimal(row.get(4)), BigDecimal::add);
      }
    }
    assertThat(expected).hasSize(PAYMENTS);
    assertThat(parsed.payments.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach(
        (id, amount) ->
            assertThat(parsed.payments.get(id).amount()).as(id).isEqualByComparingTo(amount));
  }

  @Test
  void paymentsWithAnAdviceCarryTheTraceOfAnAdviceThatAddsUp() {
    Map<String, BigDecimal> applied = new HashMap<>();
    truth.stream()
        .filter(r -> r.get(1).endsWith("+820") && r.get(5).equals("APPLY"))
        .forEach(r -> applied.merge(r.get(0), new BigDecimal(r.get(4)), BigDecimal::add));
    assertThat(applied).isNotEmpty();
    applied.forEach(
        (id, amount) -> {
          String trace = parsed.payments.get(id).endToEndId().orElseThrow();
          Remittance advice = parsed.advices.get(trace);
          assertThat(advice).as(id).isNotNull();
          assertThat(advice.discrepancy()).isEmpty();
          assertThat(advice.amount()).isEqualByComparingTo(amount);
        });
  }

  @Test
  void invoiceAmountsAreAtTheirCurrencysScale() throws IOException {
    for (List<String> invoice : rows(data.invoices())) {
      int scale = Money.scale(invoice.get(2));
      assertThat(new BigDecimal(invoice.get(6))).isPositive();
      assertThat(new BigDecimal(invoice.get(6)))
          .isLessThanOrEqualTo(new BigDecimal(invoice.get(5)));
      assertThat(new BigDecimal(invoice.get(5)).scale()).isEqualTo(scale);
      assertThat(new BigDecimal(invoice.get(6)).scale()).isEqualTo(scale);
      assertThat(invoice.get(0)).matches("INV-\\d{6}");
      assertThat(invoice.get(7)).matches("(\\d/10 )?NET\\d{2}");
    }
  }

  /**
   * An invoice to apply to exists, is in the account's currency, and belongs to the owner of the
   * paying account or to a subsidiary of it.
   */
  @Test
  void everyInvoiceToApplyToBelongsToThePayerOrItsSubsidiary() throws IOException {
    Map<String, List<String>> invoices = new HashMap<>();
    rows(data.invoices()).forEach(r -> invoices.put(r.get(0), r));
    Map<String, String> parentOf = new HashMap<>();
    Map<String, String> owner = new HashMap<>();
    for (List<String> c : rows(data.customers())) {
      parentOf.put(c.get(0), c.get(3));
      for (String account : c.get(2).split(";")) {
        owner.put(account, c.get(0));
      }
    }
    int checked = 0;
    for (List<String> row : truth) {
      if (!row.get(5).equals("APPLY")) {
        continue;
      }
      List<String> invoice = invoices.get(row.get(3));
      assertThat(invoice).as(row.toString()).isNotNull();
      BankTransaction payment = parsed.payments.get(row.get(0));
      String currency = row.get(1).startsWith("camt") ? "EUR" : "USD";
      assertThat(invoice.get(2)).as(row.toString()).isEqualTo(currency);
      String payer = payment.payer().account().map(owner::get).orElse(null);
      if (payer != null) {
        assertThat(List.of(invoice.get(1), parentOf.get(invoice.get(1))))
            .as(row.toString())
            .contains(payer);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(PAYMENTS / 3);
  }

  private static List<List<String>> rows(Path csv) throws IOException {
    try (Stream<String> lines = Files.lines(csv)) {
      return lines.skip(1).map(Csv::fields).toList();
    }
  }

  /** Every payment and 820 the readers produce, by payment id and by trace. */
  private static final class Parsed implements BankFileSink {
    final Map<String, BankTransaction> payments = new HashMap<>();
    final Map<String, Remittance> advices = new HashMap<>();
    final Set<String> duplicates = new HashSet<>();
    final List<String> files = new ArrayList<>();

    @Override
    public void file(FileHeader header) {
      files.add(header.fileId());
    }

    @Override
    public void statement(Statement statement) {}

    @Override
    public void entry(BankEntry entry) {
      for (BankTransaction t : entry.transactions()) {
        if (payments.put(t.paymentId(), t) != null) {
          duplicates.add(t.paymentId());
        }
      }
    }

    @Override
    public void endStatement(StatementEnd end) {}

    @Override
    public void remittance(Remittance remittance) {
      advices.put(remittance.trace(), remittance);
    }

    @Override
    public void endFile() {}
  }
}
