package org.arhub.formats.lockbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.arhub.formats.InvalidFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Breaks one thing in a good file at a time and expects the exact error: its line, record, field
 * and reason. The good file is {@code bai-standard__two-lockboxes.txt}:
 *
 * <pre>
 *  1 1 header           6 4 INV-2002 (02, more)   11 6 batch 002 item 001   16 6 lockbox 0007002 item 001
 *  2 2 service          7 4 INV-2003 (03, last)   12 4 INV-2010             17 4 INV-3001
 *  3 5 batch 001        8 6 item 002 check 77     13 7 batch 002            18 7 batch 001
 *  4 6 item 001 c.1001  9 7 batch 001 2/2599.99   14 8 lockbox 0007001      19 8 lockbox 0007002
 *  5 4 INV-2001 (01)   10 5 batch 002             15 5 lockbox 0007002      20 9 20 records
 * </pre>
 */
class LockboxMutationTest {
  private static final String FILE = "lockbox.txt";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " ; ",
      textBlock =
          """
      batch total amount        ; 9  ; 24 ; 0000259998 ; line 9, LockboxBatchTotal field amount: batch 001 states 2599.98 but its 2 checks add up to 2599.99
      batch total count         ; 9  ; 21 ; 003        ; line 9, LockboxBatchTotal field checkCount: batch 001 states 3 checks but holds 2
      batch total closes other  ; 9  ; 2  ; 009        ; line 9, LockboxBatchTotal field batchNumber: closes batch 009 but the open batch is batch 001 of lockbox 0007001 (line 3)
      batch total lockbox       ; 9  ; 8  ; 0007009    ; line 9, LockboxBatchTotal field lockboxNumber: is 0007009 but it closes batch 001 of lockbox 0007001 (line 3)
      service total amount      ; 14 ; 25 ; 0001259990 ; line 14, LockboxServiceTotal field amount: lockbox 0007001 states 12599.90 but its 2 batch totals add up to 12599.99
      service total batches     ; 14 ; 2  ; 003        ; line 14, LockboxServiceTotal field batchCount: lockbox 0007001 states 3 batches but has 2
      service total checks      ; 14 ; 21 ; 0004       ; line 14, LockboxServiceTotal field checkCount: lockbox 0007001 states 4 checks but its batches hold 3
      service total lockbox     ; 14 ; 8  ; 0007009    ; line 14, LockboxServiceTotal field lockboxNumber: is 0007009 but it closes lockbox 0007001 (opened line 3)
      service total date        ; 14 ; 15 ; 261121     ; line 14, LockboxServiceTotal field depositDate: is 2026-11-21 but lockbox 0007001 (opened line 3) is deposited 2026-11-20
      trailer count             ; 20 ; 2  ; 000021     ; line 20, LockboxDestinationTrailer field recordCount: the trailer states 21 records but the file has 20
      duplicate item            ; 8  ; 5  ; 001        ; line 8, LockboxDetail field itemNumber: item 001 appears twice in batch 001 of lockbox 0007001 (lines 4 and 8)
      check in other batch      ; 8  ; 2  ; 002        ; line 8, LockboxDetail field batchNumber: check is in batch 002 but the open batch is batch 001 of lockbox 0007001 (line 3)
      bad amount                ; 4  ; 8  ; 00002500X0 ; line 4, LockboxDetail field amount: '00002500X0' is not an amount (digits only, the last 2 are decimals)
      blank amount              ; 4  ; 8  ; '          ' ; line 4, LockboxDetail field amount: is blank (columns 8-17)
      bad deposit date          ; 3  ; 15 ; 261131     ; line 3, LockboxDetailHeader field depositDate: '261131' is not a date (yyMMdd)
      bad transmission time     ; 1  ; 30 ; 2460       ; line 1, LockboxImmediateAddressHeader field transmissionTime: '2460' is not a time of day (HHmm)
      bad trailer count         ; 20 ; 2  ; 0000X0     ; line 20, LockboxDestinationTrailer field recordCount: '0000X0' is not a count
      unknown record type       ; 5  ; 1  ; 3          ; line 5: unknown record type '3' (layout bai-standard knows 1, 2, 5, 6, 4, 7, 8, 9)
      overflow for other item   ; 6  ; 5  ; 002        ; line 6, LockboxOverflow field itemNumber: continues item 002 but the check before it (line 4) is item 001
      overflow for other batch  ; 6  ; 2  ; 002        ; line 6, LockboxOverflow field batchNumber: continues batch 002 but the check before it (line 4) is in batch 001
      overflow of other record  ; 6  ; 8  ; 5          ; line 6, LockboxOverflow field overflowRecordType: '5': an overflow here can only continue a detail record (6)
      overflow sequence gap     ; 6  ; 9  ; 03         ; line 6, LockboxOverflow field sequenceNumber: 3 but this is overflow record 2 of the check before it (line 4)
      overflow after the last   ; 5  ; 11 ; 9          ; line 6, LockboxOverflow: follows the overflow record on line 5 that was marked the check's last
      last overflow says more   ; 7  ; 11 ; 0          ; line 7, LockboxOverflow field lastOverflow: says more overflow records follow (0) but it is the check's last
      bad last-overflow flag    ; 7  ; 11 ; X          ; line 7, LockboxOverflow field lastOverflow: 'X' is neither 9 (last) nor 0 (more follow)
      """)
  void oneBrokenField(String name, int line, int column, String replacement, String expected) {
    assertRejected(overwrite(line, column, replacement), expected);
  }

  @Test
  void duplicateBatch() {
    // Batch 002 renumbered 001, with its check, overflow and total, so that only the duplicate is
    // wrong.
    UnaryOperator<List<String>> edit =
        lines -> {
          for (int line = 10; line <= 13; line++) {
            lines.set(line - 1, put(lines.get(line - 1), 2, "001"));
          }
          return lines;
        };
    assertRejected(
        edit(edit),
        "line 10, LockboxDetailHeader field batchNumber: batch 001 of lockbox 0007001 appears twice in the file (lines 3 and 10)");
  }

  @Test
  void duplicateCheck() {
    // Batch 002's check is now check 1001 of account 1234509876 for 2500.00, as in batch 001:
    // scanned twice.
    UnaryOperator<List<String>> edit =
        lines -> {
          lines.set(10, put(lines.get(10), 8, "0000250000021000021123450987600000010010"));
          return lines;
        };
    assertRejected(
        edit(edit),
        "line 11, LockboxDetail field checkNumber: check 1001 for 2500.00 from account 1234509876 appears twice in lockbox 0007001 (lines 4 and 11)");
  }

  @Test
  void sameCheckNumberInAnotherLockboxIsNoDuplicate() throws InvalidFileException {
    UnaryOperator<List<String>> edit =
        lines -> {
          lines.set(15, put(lines.get(15), 37, "0000001001"));
          return lines;
        };
    assertThat(LockboxFixtures.json(LockboxReader.standard(), FILE, edit(edit)))
        .contains("\"check 1001\"");
  }

  @Test
  void truncatedInsideABatch() {
    assertRejected(
        String.join("\n", goodLines().subList(0, 12)).getBytes(StandardCharsets.ISO_8859_1),
        "end of file after line 12: the file ends inside batch 002 of lockbox 0007001 (line 10): no batch total, service total or destination trailer follows");
  }

  @Test
  void truncatedInsideARecord() {
    List<String> lines = goodLines().subList(0, 14);
    lines.set(13, lines.get(13).substring(0, 24));
    assertRejected(
        String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1),
        "line 14, LockboxServiceTotal field amount: is blank (columns 25-34)");
  }

  @Test
  void truncatedAfterAServiceTotal() {
    assertRejected(
        String.join("\n", goodLines().subList(0, 19)).getBytes(StandardCharsets.ISO_8859_1),
        "end of file after line 19: the file ends without a destination trailer");
  }

  @Test
  void emptyFile() {
    assertRejected(
        new byte[0],
        "start of file: empty file: a lockbox transmission starts with an immediate address header");
  }

  @Test
  void binaryGarbage() {
    byte[] gzip = {
      0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, '\n', 0x4b, 0x4c
    };
    assertRejected(gzip, "line 1: byte 0x1F at column 1 is not text");
  }

  @Test
  void controlCharacterInsideARecord() {
    assertRejected(overwrite(11, 50, "\u0000"), "line 11: byte 0x00 at column 50 is not text");
  }

  @Test
  void overlongRecord() {
    UnaryOperator<List<String>> edit =
        lines -> {
          lines.set(3, lines.get(3) + " ".repeat(80 - lines.get(3).length()) + "EXTRA");
          return lines;
        };
    assertRejected(
        edit(edit), "line 4: record is longer than the 80 characters of layout bai-standard");
  }

  @Test
  void recordsOutOfOrder() {
    assertRejected(
        removeLine(1),
        "line 1, LockboxServiceRecord: a lockbox transmission starts with an immediate address header (record 1)");
    assertRejected(
        removeLine(3),
        "line 3, LockboxDetail: a detail record belongs in a batch, but no detail header opened one");
    assertRejected(
        removeLine(9),
        "line 9, LockboxDetailHeader: batch 001 of lockbox 0007001 (line 3) has no batch total before this detail header");
    assertRejected(
        removeLine(19),
        "line 19, LockboxDestinationTrailer: lockbox 0007002 (opened line 15) has no service total before the destination trailer");
    assertRejected(
        removeLine(4),
        "line 4, LockboxOverflow: an overflow record continues a detail record, but none precedes it in batch 001 of lockbox 0007001 (line 3)");
  }

  @Test
  void headerTwiceAndRecordsAfterTheTrailer() {
    UnaryOperator<List<String>> secondHeader =
        lines -> {
          lines.set(1, lines.get(0));
          return lines;
        };
    assertRejected(
        edit(secondHeader),
        "line 2, LockboxImmediateAddressHeader: an immediate address header must be the file's first record");
    UnaryOperator<List<String>> afterTrailer =
        lines -> {
          lines.add("");
          lines.add("9000020");
          return lines;
        };
    assertRejected(
        edit(afterTrailer), "line 22: record after the destination trailer (9) on line 20");
  }

  @Test
  void blankRecordInsideTheFile() {
    UnaryOperator<List<String>> edit =
        lines -> {
          lines.add(3, "");
          return lines;
        };
    assertRejected(edit(edit), "line 4: blank record");
  }

  @Test
  void lockboxChangesWithoutAServiceTotal() {
    assertRejected(
        removeLine(14),
        "line 14, LockboxDetailHeader field lockboxNumber: batch 001 is for lockbox 0007002 but lockbox 0007001 (opened line 3) has no service total yet");
  }

  @Test
  void validateListsEveryProblemAndReadThrowsTheFirst() {
    List<String> lines = goodLines();
    lines.set(8, put(lines.get(8), 24, "0000259998"));
    lines.set(13, put(lines.get(13), 21, "0004"));
    lines.set(19, put(lines.get(19), 2, "000019"));
    byte[] content = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);

    List<LockboxProblem> problems = LockboxFixtures.validate(LockboxReader.standard(), content);

    assertThat(problems)
        .extracting(LockboxProblem::toString)
        .containsExactly(
            "line 9, LockboxBatchTotal field amount: batch 001 states 2599.98 but its 2 checks add up to 2599.99",
            "line 14, LockboxServiceTotal field checkCount: lockbox 0007001 states 4 checks but its batches hold 3",
            "line 20, LockboxDestinationTrailer field recordCount: the trailer states 19 records but the file has 20");
    assertRejected(content, problems.get(0).toString());
  }

  @Test
  void aBadRecordIsReportedOnceNotAgainByEveryTotal() {
    List<LockboxProblem> problems =
        LockboxFixtures.validate(LockboxReader.standard(), overwrite(4, 8, "00002500X0"));

    assertThat(problems)
        .extracting(LockboxProblem::toString)
        .containsExactly(
            "line 4, LockboxDetail field amount: '00002500X0' is not an amount (digits only, the last 2 are decimals)");
  }

  @Test
  void csvLayoutProblems() {
    LockboxReader csv = LockboxFixtures.readerFor("demo-bank-csv__x");
    String good =
        new String(
            LockboxFixtures.named("demo-bank-csv__deposit-account").content(),
            StandardCharsets.ISO_8859_1);

    assertRejected(
        csv,
        good.replace("4715.25,111904529", "4715.255,111904529"),
        "line 11, LockboxDetail field amount: '4715.255' has more decimals than USD allows");
    assertRejected(
        csv,
        good.replace("\"MAPLE RIDGE HARDWARE, INC.\"", "\"MAPLE RIDGE"),
        "line 4: quoted field in column 8 has no closing quote");
    assertRejected(
        csv,
        good.replace("9,14", "9,13"),
        "line 14, LockboxDestinationTrailer field recordCount: the trailer states 13 records but the file has 14");
  }

  @Test
  void opentapsTrailerCountsOnlyBatchRecords() {
    LockboxReader opentaps = LockboxFixtures.readerFor("opentaps__x");
    String good =
        new String(
            LockboxFixtures.named("opentaps__two-checks-three-invoices").content(),
            StandardCharsets.ISO_8859_1);

    assertRejected(
        opentaps,
        good.replace("9000007", "9000011"),
        "line 11, LockboxDestinationTrailer field recordCount: the trailer states 11"
            + " records but the file has 7 detailHeader, detail, overflow, batchTotal records");
  }

  private static void assertRejected(byte[] content, String expected) {
    assertRejected(LockboxReader.standard(), content, expected);
  }

  private static void assertRejected(LockboxReader reader, String content, String expected) {
    assertRejected(reader, content.getBytes(StandardCharsets.ISO_8859_1), expected);
  }

  private static void assertRejected(LockboxReader reader, byte[] content, String expected) {
    assertThatThrownBy(() -> LockboxFixtures.json(reader, FILE, content))
        .isInstanceOf(InvalidFileException.class)
        .hasMessage(FILE + ": " + expected);
    assertThat(LockboxFixtures.validate(reader, content)).first().hasToString(expected);
  }

  private static List<String> goodLines() {
    String text =
        new String(
            LockboxFixtures.named("bai-standard__two-lockboxes").content(),
            StandardCharsets.ISO_8859_1);
    return new ArrayList<>(Arrays.asList(text.strip().split("\r\n")));
  }

  private static byte[] edit(UnaryOperator<List<String>> edit) {
    return (String.join("\n", edit.apply(goodLines())) + "\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] overwrite(int line, int column, String replacement) {
    return edit(
        lines -> {
          lines.set(line - 1, put(lines.get(line - 1), column, replacement));
          return lines;
        });
  }

  private static byte[] removeLine(int line) {
    return edit(
        lines -> {
          lines.remove(line - 1);
          return lines;
        });
  }

  /** Writes text over a fixed-width record from a 1-based column, padding the record as needed. */
  private static String put(String record, int column, String text) {
    StringBuilder padded = new StringBuilder(record);
    while (padded.length() < column - 1 + text.length()) {
      padded.append(' ');
    }
    padded.replace(column - 1, column - 1 + text.length(), text);
    return padded.toString();
  }
}
