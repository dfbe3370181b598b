package org.arhub.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.arhub.model.Invoice;
import org.arhub.model.Remittance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared corpus (../shared/corpus, read in place): every x12-820 and x12-810 file of
 * MANIFEST.tsv. A file the manifest calls NEGATIVE must be rejected with a reason; every other one
 * must be read, and the totals and counts its expected_values (and contains) column states must be
 * what was read. Skipped when the corpus is not there.
 */
class X12CorpusTest {
  private static final Path CORPUS = Path.of("..", "shared", "corpus");
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d,]*(?:\\.\\d+)?");

  /** One MANIFEST.tsv row. */
  record Entry(String file, String format, String contains, String expected) {
    Path path() {
      return CORPUS.resolve(file);
    }

    boolean negative() {
      return expected.contains("NEGATIVE");
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Entry> remittances() throws IOException {
    return entries("x12-820/");
  }

  static Stream<Entry> invoices() throws IOException {
    return entries("x12-810/");
  }

  private static Stream<Entry> entries(String folder) throws IOException {
    Path manifest = CORPUS.resolve("MANIFEST.tsv");
    if (!Files.exists(manifest)) {
      return Stream.of(
          new Entry("(no corpus at " + CORPUS.toAbsolutePath().normalize() + ")", "", "", ""));
    }
    List<Entry> entries = new ArrayList<>();
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length >= 8 && f[0].startsWith(folder)) {
        entries.add(new Entry(f[0], f[1], f[6], f[7]));
      }
    }
    return entries.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("remittances")
  void remittanceAdvice(Entry entry) throws Exception {
    assumeTrue(Files.exists(entry.path()), "corpus not present");
    X12TestFiles.Read read = X12TestFiles.read(Files.readAllBytes(entry.path()));
    List<X12TransactionSetReceipt> sets =
        read.acknowledgments().interchanges().stream()
            .flatMap(i -> i.groups().stream())
            .flatMap(g -> g.sets().stream())
            .toList();

    if (entry.negative()) {
      assertThat(read.sink().remittances).isEmpty();
      assertThat(sets).isNotEmpty().allSatisfy(s -> assertThat(s.rejection()).isPresent());
      assertThat(sets.get(0).rejection())
          .contains("segment 4 (BPR): BPR02 'TOTAL DOLLAR AMT OF CHECK' is not an amount");
      return;
    }
    assertThat(sets).allSatisfy(s -> assertThat(s.rejected()).as(s.reasons().toString()).isFalse());
    assertThat(read.sink().remittances).hasSize(1);
    Remittance r = read.sink().remittances.get(0);
    String expected = entry.expected();

    Optional<BigDecimal> bpr = numberAfter(expected, "BPR02 ");
    assertThat(bpr).as("the manifest states BPR02").isPresent();
    assertThat(r.amount()).isEqualByComparingTo(bpr.get());

    BigDecimal paid =
        r.lines().stream().map(Remittance.Line::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    Optional<List<BigDecimal>> rmr04 = terms(expected, "RMR04 ");
    rmr04.ifPresent(
        t ->
            assertThat(paid)
                .as("sum of RMR04")
                .isEqualByComparingTo(t.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
    Optional<Integer> rmrCount = count(expected + " " + entry.contains(), "(\\d+) RMR\\b");
    if (rmrCount.isPresent()) {
      assertThat(r.lines()).hasSize(rmrCount.get());
    } else if (rmr04.isPresent() && !expected.contains("sum RMR04")) {
      assertThat(r.lines()).hasSize(rmr04.get().size());
    }
    Optional<List<BigDecimal>> adx = list(expected, "ADX01 values ");
    adx.ifPresent(
        values ->
            assertThat(r.adjustments())
                .extracting(Remittance.Adjustment::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(values));

    boolean balances = expected.contains("(balances");
    assertThat(r.discrepancy().isEmpty())
        .as("balanced per manifest: " + r.discrepancy())
        .isEqualTo(balances);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invoices")
  void invoice(Entry entry) throws Exception {
    assumeTrue(Files.exists(entry.path()), "corpus not present");
    AcknowledgmentCollector acknowledgments = new AcknowledgmentCollector();
    List<Invoice> invoices = new ArrayList<>();
    try (InputStream in = Files.newInputStream(entry.path())) {
      new X12InvoiceReader().read(entry.file(), in, invoices::add, acknowledgments);
    }
    List<X12TransactionSetReceipt> sets810 =
        acknowledgments.interchanges().stream()
            .flatMap(i -> i.groups().stream())
            .flatMap(g -> g.sets().stream())
            .filter(s -> s.type().equals("810"))
            .toList();
    assertThat(sets810)
        .allSatisfy(s -> assertThat(s.rejected()).as(s.reasons().toString()).isFalse());
    String text = entry.expected() + " " + entry.contains();

    int expectedInvoices =
        count(text, "(\\d+) x 810")
            .or(() -> text.contains("TWO invoices") ? Optional.of(2) : Optional.empty())
            .orElse(Math.max(1, occurrences(entry.expected(), "810")));
    assertThat(invoices).hasSize(expectedInvoices);

    List<BigDecimal> tds = tdsTotals(entry.expected());
    if (!tds.isEmpty()) {
      List<BigDecimal> expectedTotals =
          tds.size() == 1 ? java.util.Collections.nCopies(invoices.size(), tds.get(0)) : tds;
      assertThat(invoices)
          .extracting(i -> i.totals().payable())
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactlyElementsOf(expectedTotals);
    }
    int lines = invoices.stream().mapToInt(i -> i.lines().size()).sum();
    count(text, "(\\d+) IT1").ifPresent(n -> assertThat(lines).as("IT1 lines").isEqualTo(n));
    int allowancesAndCharges =
        invoices.stream().mapToInt(i -> i.allowances().size() + i.charges().size()).sum();
    count(text, "(\\d+) SAC")
        .ifPresent(n -> assertThat(allowancesAndCharges).as("SAC").isEqualTo(n));
    assertThat(invoices)
        .allSatisfy(
            i -> {
              assertThat(i.number()).isNotBlank();
              assertThat(i.issueDate()).isNotNull();
            });
  }

  /**
   * "TDS01 14400 (144.00)", "TDS01 843202 (8,432.02) and 112992 (1,129.92)": N2 values in cents.
   */
  private static List<BigDecimal> tdsTotals(String expected) {
    List<BigDecimal> totals = new ArrayList<>();
    Matcher m =
        Pattern.compile("TDS01 (\\d+)(?: \\([^)]*\\))?((?: and \\d+(?: \\([^)]*\\))?)*)")
            .matcher(expected);
    if (m.find()) {
      totals.add(new BigDecimal(m.group(1)).movePointLeft(2));
      Matcher more = Pattern.compile("and (\\d+)").matcher(m.group(2));
      while (more.find()) {
        totals.add(new BigDecimal(more.group(1)).movePointLeft(2));
      }
    }
    return totals;
  }

  private static Optional<BigDecimal> numberAfter(String text, String label) {
    int at = text.indexOf(label);
    if (at < 0) {
      return Optional.empty();
    }
    Matcher m = NUMBER.matcher(text).region(at + label.length(), text.length());
    return m.lookingAt() ? Optional.of(decimal(m.group())) : Optional.empty();
  }

  /** "RMR04 35 + 35 - 350 + 450 + 50 = 220": the terms, signed. */
  private static Optional<List<BigDecimal>> terms(String text, String label) {
    int at = text.indexOf(label);
    if (at < 0) {
      return Optional.empty();
    }
    Matcher m =
        Pattern.compile("\\G\\s*([+-])?\\s*(\\d[\\d,]*(?:\\.\\d+)?)")
            .matcher(text)
            .region(at + label.length(), text.length());
    List<BigDecimal> terms = new ArrayList<>();
    while (m.find()) {
      BigDecimal value = decimal(m.group(2));
      terms.add("-".equals(m.group(1)) ? value.negate() : value);
      int next = m.end();
      String rest = text.substring(next).stripLeading();
      if (!(rest.startsWith("+") || rest.startsWith("-"))) {
        break;
      }
    }
    return terms.isEmpty() ? Optional.empty() : Optional.of(terms);
  }

  /** "ADX01 values -13,676.81, -18,200.00, -892.80, +210.00". */
  private static Optional<List<BigDecimal>> list(String text, String label) {
    int at = text.indexOf(label);
    if (at < 0) {
      return Optional.empty();
    }
    Matcher m =
        Pattern.compile("\\G(?:,\\s*)?([+-]?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)")
            .matcher(text)
            .region(at + label.length(), text.length());
    List<BigDecimal> values = new ArrayList<>();
    while (m.find()) {
      values.add(decimal(m.group(1)));
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(values);
  }

  private static Optional<Integer> count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  private static int occurrences(String text, String word) {
    Matcher m = Pattern.compile("\\b" + word + "\\b").matcher(text.replaceAll("\\d+ x 810", ""));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static BigDecimal decimal(String text) {
    return new BigDecimal(text.replace(",", "").replace("+", ""));
  }
}
