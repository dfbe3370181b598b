package org.arhub.formats.bai2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.arhub.model.BankEntry;
import org.arhub.model.Direction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The BAI2 rows of the shared real-world corpus ({@code ../shared/corpus/MANIFEST.tsv}): files the
 * manifest expects to parse are read and their figures checked against what the manifest states;
 * NEGATIVE files are rejected for the reason it names. Skipped when the corpus is not there.
 */
class Bai2CorpusTest {
  private static final Path CORPUS = Path.of("..", "shared", "corpus");

  private enum Verdict {
    ACCEPTED,
    REJECTED,
    /**
     * The manifest expects these to parse (moov-io/bai2 does not enforce control totals), but their
     * 49/98 trailers do not add up, so a reader that enforces them must reject them. Everything
     * else the manifest states is still checked, through a validation pass that reads past the
     * problems.
     */
    REJECTED_TRAILERS_DO_NOT_ADD_UP
  }

  /**
   * @param reason the exact first problem for a rejected file; for an accepted one, null
   * @param controlTotal the 99 control total (implied decimals), record count and groups as the
   *     manifest states them
   * @param detailsPerAccount the number of 16 records of each 03, in file order
   */
  private record Expected(
      Verdict verdict,
      String reason,
      Long controlTotal,
      Integer groups,
      Long records,
      List<Integer> detailsPerAccount,
      Consumer<RecordingSink> more) {}

  private static final Map<String, Expected> EXPECTED = new LinkedHashMap<>();

  static {
    accepted(
        "baizen__BAI-File-From-Bank.bai",
        59748918L,
        1,
        34L,
        List.of(10, 2),
        sink ->
            assertThat(sink.allEntries())
                .extracting(BankEntry::amount)
                .contains(new BigDecimal("3466.85")));
    rejected(
        "baizen__BAI-File-From-Bank-Simple.bai",
        "line 5 (49 account trailer): account control total 18798558 != computed 9832785 for account 0101999999",
        sink ->
            // baizen's smoke test: the one detail, 3,466.85, is read (before the trailers reject
            // the file)
            assertThat(sink.allEntries())
                .extracting(BankEntry::amount)
                .containsExactly(new BigDecimal("3466.85")));
    rejected(
        "moov-io__sample-parseError.txt",
        "line 1 (record 00): unknown record code 00 (a BAI2 file starts with an 01 file header)",
        sink -> assertThat(sink.header).isNull());
    accepted(
        "moov-io__sample1.txt",
        1280000L,
        1,
        27L,
        List.of(11, 6),
        sink -> {
          // summaries of the first account: 100 = 2,085.00 in 3 items, 400 = 2,085.00 in 8 items
          assertThat(sink.ends.get(0).credits()).isEqualByComparingTo("2085.00");
          assertThat(sink.ends.get(0).debits()).isEqualByComparingTo("2085.00");
          assertThat(sink.entriesPerStatement.get(0))
              .filteredOn(e -> e.direction() == Direction.CREDIT)
              .hasSize(3);
          assertThat(sink.entriesPerStatement.get(0))
              .filteredOn(e -> e.direction() == Direction.DEBIT)
              .hasSize(8);
          assertThat(sink.statements).allSatisfy(s -> assertThat(s.currency()).isEqualTo("CAD"));
        });
    accepted(
        "moov-io__sample2.txt",
        345450000L,
        4,
        31L,
        List.of(1, 1, 2, 0, 0),
        sink ->
            assertThat(sink.allEntries())
                .extracting(e -> e.availability().orElse(""))
                .contains(
                    "distributed: immediate 1000.00, one day 2000.00, two or more days 1500.00"));
    accepted(
        "moov-io__sample3.txt",
        2508440L,
        1,
        74L,
        null,
        sink -> {
          assertThat(sink.statements).hasSize(15);
          assertThat(sink.allEntries()).hasSize(26);
        });
    trailersDoNotAddUp(
        "moov-io__sample4-continuations-newline-delimited.txt",
        "line 22 (49 account trailer): account control total -1260161341762 != computed 7999960 for account 107049932",
        List.of(0, 3, 14, 0, 0));
    trailersDoNotAddUp(
        "moov-io__sample5-issue113.txt",
        "line 22 (49 account trailer): account control total -1260161341762 != computed 7999960 for account 107049932",
        List.of(0, 3, 17, 0, 0));
    accepted(
        "venturehacks__daily.bai2",
        25001L,
        1,
        8L,
        List.of(1),
        sink -> {
          assertThat(sink.statements.get(0).bankId()).contains("121140399");
          assertThat(sink.header.receiver()).contains("9999999999");
          BankEntry entry = sink.allEntries().get(0);
          assertThat(entry.typeCode()).contains("174");
          assertThat(entry.direction()).isEqualTo(Direction.CREDIT);
          assertThat(entry.amount()).isEqualByComparingTo("250.01");
        });
    rejected(
        "venturehacks__daily_with_missing_continuation.bai2",
        "line 8 (49 account trailer): account record count 7 != counted 6 for account 1234567890",
        sink -> {});
    accepted(
        "venturehacks__daily_with_summary.bai2",
        50002L,
        1,
        11L,
        List.of(1),
        sink ->
            // 010 and 015 are both 0.00 around a 250.01 credit: kept as sent, flagged
            assertThat(sink.ends.get(0).continuityProblem()).isPresent());
    accepted(
        "venturehacks__eod.bai2",
        8325982L,
        1,
        17L,
        List.of(1),
        sink -> {
          assertThat(sink.header.receiver()).contains("3333333333");
          BankEntry entry = sink.allEntries().get(0);
          assertThat(entry.typeCode()).contains("195");
          assertThat(entry.direction()).isEqualTo(Direction.CREDIT);
          assertThat(entry.amount()).isEqualByComparingTo("83259.82");
          assertThat(entry.transactions().get(0).remittance().unstructured())
              .hasSize(11)
              .contains("OBI:=INVOICE 123456");
        });
    accepted(
        "venturehacks__eod_with_slash_in_text.bai2",
        8325982L,
        1,
        18L,
        List.of(1),
        sink ->
            assertThat(sink.allEntries().get(0).transactions().get(0).remittance().unstructured())
                .contains("ORG ADDRESS:=2/AV MAIN 2/AVENUE DE ANGELLIST 3/MX", "/MEXICO ;"));
    accepted("venturehacks__eod_without_as_of_time.bai2", 8325982L, 1, 17L, List.of(1), sink -> {});
    rejected(
        "venturehacks__invalid_checksum_eod.bai2",
        "line 15 (49 account trailer): account control total 8325983 != computed 8325982 for account 3333333333",
        sink -> {});
  }

  /** One manifest row: the file under the corpus and what it says about it. */
  private record Row(String file, String contains, String expectedValues) {
    /**
     * Marked NEGATIVE; the reduced baizen file says it only in lower case ("negative control-total
     * case").
     */
    boolean negative() {
      String text = contains + " " + expectedValues;
      return text.contains("NEGATIVE") || text.contains("negative control-total");
    }

    String name() {
      return file.substring(file.indexOf('/') + 1);
    }
  }

  @TestFactory
  Stream<DynamicTest> bai2Rows() throws IOException {
    Path manifest = CORPUS.resolve("MANIFEST.tsv");
    assumeTrue(
        Files.isRegularFile(manifest), "shared corpus not present at " + CORPUS.toAbsolutePath());
    List<Row> rows =
        Files.readAllLines(manifest).stream()
            .filter(line -> line.startsWith("bai2/"))
            .map(line -> line.split("\t", -1))
            .map(cells -> new Row(cells[0], cells[6], cells[7]))
            .distinct() // the manifest lists some files twice
            .toList();
    assertThat(rows)
        .extracting(Row::name)
        .as("every bai2 file of the manifest has an expectation here, and no other")
        .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    return rows.stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> check(row)));
  }

  private static void check(Row row) throws Exception {
    Expected expected = EXPECTED.get(row.name());
    assertThat(expected.verdict() == Verdict.REJECTED)
        .as("NEGATIVE in the manifest")
        .isEqualTo(row.negative());
    Path file = CORPUS.resolve(row.file());
    RecordingSink sink = new RecordingSink();
    switch (expected.verdict()) {
      case ACCEPTED -> {
        try (InputStream in = Files.newInputStream(file)) {
          new Bai2Reader().read(row.name(), in, sink);
        }
        Bai2Report report = validate(file, new RecordingSink());
        assertThat(report.controlTotal()).isEqualTo(expected.controlTotal());
        assertThat(report.groups()).isEqualTo(expected.groups());
        assertThat(report.records()).isEqualTo(expected.records());
        assertThat(sink.ended).isTrue();
      }
      case REJECTED -> {
        Bai2InvalidFileException e =
            catchThrowableOfType(
                () -> {
                  try (InputStream in = Files.newInputStream(file)) {
                    new Bai2Reader().read(row.name(), in, sink);
                  }
                },
                Bai2InvalidFileException.class);
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.getMessage()).isEqualTo(row.name() + ": " + expected.reason());
      }
      case REJECTED_TRAILERS_DO_NOT_ADD_UP -> {
        Bai2Report report = validate(file, sink);
        assertThat(report.problems().get(0)).hasToString(expected.reason());
        assertThat(report.problems())
            .extracting(Bai2Problem::reason)
            .allSatisfy(
                reason ->
                    assertThat(reason)
                        .containsAnyOf("control total", "record count", "number of accounts"));
        // as declared in its 98 and 99 (manifest: fileControlTotal 13060195162, 1 group, 99 states
        // 18 records)
        assertThat(Files.readString(file)).contains("99,13060195162,1,18/");
      }
    }
    if (expected.detailsPerAccount() != null) {
      assertThat(sink.entriesPerAccount()).isEqualTo(expected.detailsPerAccount());
    }
    expected.more().accept(sink);
  }

  private static Bai2Report validate(Path file, RecordingSink sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new Bai2Reader().validate(in, sink);
    }
  }

  private static void accepted(
      String file,
      Long total,
      int groups,
      Long records,
      List<Integer> details,
      Consumer<RecordingSink> more) {
    EXPECTED.put(file, new Expected(Verdict.ACCEPTED, null, total, groups, records, details, more));
  }

  private static void rejected(String file, String reason, Consumer<RecordingSink> more) {
    EXPECTED.put(file, new Expected(Verdict.REJECTED, reason, null, null, null, null, more));
  }

  private static void trailersDoNotAddUp(String file, String firstProblem, List<Integer> details) {
    EXPECTED.put(
        file,
        new Expected(
            Verdict.REJECTED_TRAILERS_DO_NOT_ADD_UP,
            firstProblem,
            null,
            null,
            null,
            details,
            sink -> {}));
  }
}
