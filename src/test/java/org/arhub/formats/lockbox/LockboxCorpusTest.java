package org.arhub.formats.lockbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.BankEntry;
import org.arhub.model.FileHeader;
import org.arhub.model.Remittance;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared corpus's lockbox files ({@code ../shared/corpus/MANIFEST.tsv}, read in place): each
 * file the manifest calls valid parses to the values it states, each NEGATIVE one is rejected with
 * the reason it names. Skipped where the corpus is not checked out beside the project.
 *
 * <p>The corpus files are opentaps/OFBiz test data, read with {@code
 * mappings/lockbox/opentaps.yaml}. Beyond the manifest's reason, {@code validate} finds more in
 * three NEGATIVE files (their trailers were not updated when records were removed, and the
 * duplicate-batch file also repeats a check); the table lists every problem so that a change in
 * what the reader finds is seen.
 */
class LockboxCorpusTest {
  private static final Path CORPUS = Path.of("..", "shared", "corpus");
  private static final String OPENTAPS = "opentaps";

  /**
   * What a file must give: either batches (number -> checks, amount) and a lockbox total, or the
   * problems found.
   */
  private record Expectation(
      String layout,
      Map<String, Batch> batches,
      String lockboxTotal,
      List<String> problems,
      String note) {
    boolean valid() {
      return problems.isEmpty();
    }
  }

  private record Batch(int checks, String amount) {}

  private static final Map<String, Expectation> EXPECTED =
      Map.of(
          "lockbox/opentaps__TestLockbox.mbx",
              valid(
                  Map.of("030", new Batch(4, "4350.75"), "032", new Batch(3, "903.30")),
                  "5254.05",
                  ""),
          // Manifest: NEGATIVE at application level; the routing number is unknown to the business,
          // not malformed.
          "lockbox/opentaps__TestLockboxInvalid-bad-routing-number.mbx",
              valid(
                  Map.of("030", new Batch(4, "4350.75"), "032", new Batch(3, "903.30")),
                  "5254.05",
                  "2222222222"),
          "lockbox/opentaps__TestLockbox-bad-total.mbx",
              rejected(
                  "line 22, LockboxServiceTotal field amount: lockbox 2222222 states 3254.05 but its 2 batch totals add up to 5254.05"),
          "lockbox/opentaps__TestLockboxInvalid-bad-batch-amount.mbx",
              rejected(
                  "line 13, LockboxBatchTotal field amount: batch 030 states 5350.75 but its 4 checks add up to 4350.75",
                  "line 21, LockboxDestinationTrailer field recordCount: the trailer states 19 records but the file has 17"
                      + " detailHeader, detail, overflow, batchTotal records"),
          "lockbox/opentaps__TestLockboxInvalid-duplicate-batch-id.mbx",
              rejected(
                  "line 14, LockboxDetailHeader field batchNumber: batch 030 of lockbox 2222222 appears twice in the file (lines 3 and 14)",
                  "line 17, LockboxDetail field checkNumber: check 5012345678 for 302.15 from account 3333333333 appears twice in lockbox 2222222"
                      + " (lines 15 and 17)",
                  "line 21, LockboxDestinationTrailer field recordCount: the trailer states 19 records but the file has 17"
                      + " detailHeader, detail, overflow, batchTotal records"),
          "lockbox/opentaps__TestLockboxInvalid-duplicate-check-id.mbx",
              rejected(
                  "line 8, LockboxDetail field itemNumber: item 001 appears twice in batch 030 of lockbox 2222222 (lines 4 and 8)",
                  "line 21, LockboxDestinationTrailer field recordCount: the trailer states 19 records but the file has 17"
                      + " detailHeader, detail, overflow, batchTotal records"));

  @TestFactory
  Stream<DynamicTest> lockboxRowsOfTheManifest() throws IOException {
    assumeTrue(
        Files.isRegularFile(CORPUS.resolve("MANIFEST.tsv")),
        "shared corpus not present at " + CORPUS.toAbsolutePath());
    List<String[]> rows =
        Files.readAllLines(CORPUS.resolve("MANIFEST.tsv")).stream()
            .skip(1)
            .map(line -> line.split("\t", -1))
            .filter(row -> row[0].startsWith("lockbox/"))
            .toList();
    assertThat(rows).as("lockbox rows in the manifest").isNotEmpty();
    return rows.stream()
        .map(row -> DynamicTest.dynamicTest(row[0], () -> check(row[0], row[row.length - 1])));
  }

  private static void check(String file, String manifestExpectation) throws Exception {
    Expectation expected = EXPECTED.get(file);
    assertThat(expected)
        .as(
            "no expectation for %s; add it to the table (manifest says: %s)",
            file, manifestExpectation)
        .isNotNull();
    LockboxReader reader = LockboxReader.withLayout(LockboxLayout.named(expected.layout()));
    if (expected.valid()) {
      if (manifestExpectation.startsWith("NEGATIVE")) {
        assertThat(manifestExpectation)
            .as("a NEGATIVE row the reader accepts must be negative for the application only")
            .contains("application level");
      }
      assertParses(file, reader, expected);
    } else {
      assertThat(manifestExpectation).startsWith("NEGATIVE");
      assertThatThrownBy(() -> reader.read(file, open(file), new Collected()))
          .isInstanceOf(InvalidFileException.class)
          .hasMessage(file + ": " + expected.problems().get(0));
      try (InputStream in = open(file)) {
        assertThat(reader.validate(in))
            .extracting(LockboxProblem::toString)
            .containsExactlyElementsOf(expected.problems());
      }
    }
  }

  private static void assertParses(String file, LockboxReader reader, Expectation expected)
      throws Exception {
    Collected read = new Collected();
    try (InputStream in = open(file)) {
      reader.read(file, in, read);
    }
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    Map<String, Integer> checks = new LinkedHashMap<>();
    for (BankEntry entry : read.entries) {
      String batch = entry.transactions().get(0).paymentId().split("-")[1];
      amounts.merge(batch, entry.amount(), BigDecimal::add);
      checks.merge(batch, 1, Integer::sum);
    }
    expected
        .batches()
        .forEach(
            (batch, stated) -> {
              assertThat(checks.get(batch))
                  .as("checks of batch %s", batch)
                  .isEqualTo(stated.checks());
              assertThat(amounts.get(batch))
                  .as("amount of batch %s", batch)
                  .isEqualByComparingTo(stated.amount());
            });
    assertThat(amounts).containsOnlyKeys(expected.batches().keySet());
    assertThat(read.ends)
        .singleElement()
        .satisfies(end -> assertThat(end.credits()).isEqualByComparingTo(expected.lockboxTotal()));
    if (!expected.note().isEmpty()) {
      // The file is sound; what makes it NEGATIVE is a remitter bank no account list knows, left to
      // cash application.
      assertThat(read.entries)
          .allSatisfy(
              entry ->
                  assertThat(entry.transactions().get(0).payer().bankId())
                      .contains(expected.note()));
    }
    try (InputStream in = open(file)) {
      assertThat(reader.validate(in)).isEmpty();
    }
  }

  private static Expectation valid(
      Map<String, Batch> batches, String lockboxTotal, String payerBank) {
    return new Expectation(OPENTAPS, batches, lockboxTotal, List.of(), payerBank);
  }

  private static Expectation rejected(String... problems) {
    return new Expectation(OPENTAPS, Map.of(), "", List.of(problems), "");
  }

  private static InputStream open(String file) {
    try {
      return Files.newInputStream(CORPUS.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps what a reader streamed (the corpus files are small). */
  private static final class Collected implements BankFileSink {
    final List<BankEntry> entries = new ArrayList<>();
    final List<StatementEnd> ends = new ArrayList<>();

    @Override
    public void file(FileHeader header) {}

    @Override
    public void statement(Statement statement) {}

    @Override
    public void entry(BankEntry entry) {
      entries.add(entry);
    }

    @Override
    public void endStatement(StatementEnd end) {
      ends.add(end);
    }

    @Override
    public void remittance(Remittance remittance) {}

    @Override
    public void endFile() {}
  }
}
