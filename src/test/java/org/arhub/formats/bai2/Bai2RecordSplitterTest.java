package org.arhub.formats.bai2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Physical lines to logical records: terminators, several records a line, 88s, wrapped text. */
class Bai2RecordSplitterTest {
  private final Bai2Problems problems = new Bai2Problems();

  /** Each logical record as "code x physical records: part|part". */
  private List<String> split(String text) throws IOException {
    Bai2RecordSplitter splitter =
        new Bai2RecordSplitter(
            new Bai2LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
            problems);
    Bai2LogicalRecord record = new Bai2LogicalRecord();
    List<String> records = new ArrayList<>();
    while (splitter.next(record)) {
      StringBuilder parts = new StringBuilder();
      for (int s = 0; s < record.segments(); s++) {
        parts.append(s == 0 ? "" : "|").append(record.source(s), record.start(s), record.end(s));
      }
      records.add(record.code() + " x" + record.physicalRecords() + ": " + parts);
    }
    return records;
  }

  @Test
  void severalRecordsOnOneLine() throws IOException {
    assertThat(split("01,A,B/   02,C,D/\n49,1,2/ 98,1,1,4/  99,1,1,6/"))
        .containsExactly("01 x1: A,B", "02 x1: C,D", "49 x1: 1,2", "98 x1: 1,1,4", "99 x1: 1,1,6");
  }

  @Test
  void slashIsDataUnlessTheRecordEndsThere() throws IOException {
    assertThat(split("16,142,1,0,AB/GS/01,,PAID 3/4 INV-7/\n16,142,1,0,,,A/ B/   \n"))
        .containsExactly("16 x1: 142,1,0,AB/GS/01,,PAID 3/4 INV-7", "16 x1: 142,1,0,,,A/ B");
  }

  @Test
  void missingSlashEndsAtTheLineAndPaddingIsDropped() throws IOException {
    assertThat(split("03,1,USD,010,5,,   \r\n49,5,2/" + " ".repeat(70) + "\r\n"))
        .containsExactly("03 x1: 1,USD,010,5,,", "49 x1: 5,2");
  }

  @Test
  void continuationsJoinTheRecordBeforeThemAndAreCounted() throws IOException {
    assertThat(
            split(
                "03,1,,010/\n88,5,,/\n88,015,6/\n16,195,1,0,,,TEXT/\n88,MORE, WITH COMMA/\n88/\n49,12/\n88,6/"))
        .containsExactly(
            "03 x3: 1,,010|5,,|015,6", "16 x3: 195,1,0,,,TEXT|MORE, WITH COMMA|", "49 x2: 12|6");
  }

  @Test
  void lineWithoutRecordCodeWrapsAnOpenText() throws IOException {
    assertThat(split("16,142,2500,Z,,,ACH_SETL 1111\n2222     /\n88,MORE/\n16,142,1,Z,,,DONE/\n"))
        .containsExactly(
            "16 x2: 142,2500,Z,,,ACH_SETL 1111|2222     |MORE", "16 x1: 142,1,Z,,,DONE");
    assertThat(problems.any()).isFalse();
  }

  @Test
  void lineWithoutRecordCodeAfterAClosedRecordIsAProblem() throws IOException {
    assertThat(split("01,A/\n16,142,1,Z,,,TEXT/\nSTRAY TEXT\n49,1,2/"))
        .containsExactly("01 x1: A", "16 x1: 142,1,Z,,,TEXT", "49 x1: 1,2");
    assertThat(problems.list())
        .extracting(Bai2Problem::toString)
        .containsExactly(
            "line 3: not a BAI2 record: 'STRAY TEXT' (expected a two-digit record code and a comma)");
  }

  @Test
  void unknownRecordCodesAreRecordsToo() throws IOException {
    assertThat(split("01,A/\n17,X/ 00,Y/")).containsExactly("01 x1: A", "17 x1: X", "00 x1: Y");
  }

  @Test
  void garbageBeforeAnyRecordStopsReading() throws IOException {
    assertThat(split("\u0000\u0001garbage\n01,A/\n")).isEmpty();
    assertThat(problems.list()).hasSize(1);
  }

  @Test
  void byteOrderMarkAndMixedLineEndings() throws IOException {
    byte[] file = "\uFEFF01,A/\r02,B/\r\n03,C/\n\n49,D/".getBytes(StandardCharsets.UTF_8);
    Bai2RecordSplitter splitter =
        new Bai2RecordSplitter(new Bai2LineReader(new ByteArrayInputStream(file)), problems);
    Bai2LogicalRecord record = new Bai2LogicalRecord();
    List<String> positions = new ArrayList<>();
    while (splitter.next(record)) {
      positions.add(record.position());
    }
    assertThat(positions)
        .containsExactly(
            "line 1 (01 file header)",
            "line 2 (02 group header)",
            "line 3 (03 account identifier)",
            "line 5 (49 account trailer)");
  }

  @Test
  void aLineLongerThanTheLimitStopsReading() throws IOException {
    assertThat(split("01,A/\n16," + "9".repeat(Bai2LineReader.MAX_LINE + 10) + "\n49,1,2/\n"))
        .containsExactly("01 x1: A");
    assertThat(problems.list())
        .extracting(Bai2Problem::toString)
        .containsExactly(
            "line 2: line is longer than 1048576 characters: not a BAI2 file, or one without line breaks");
  }

  @Test
  void endlessContinuationsAreCountedButNotKept() throws IOException {
    List<String> records =
        split(
            "16,142,1,0,,,TEXT/\n"
                + "88,/\n".repeat(Bai2LogicalRecord.MAX_PARTS + 5)
                + "49,1,2/\n");

    assertThat(records).hasSize(2).last().isEqualTo("49 x1: 1,2");
    assertThat(records.get(0)).startsWith("16 x" + (Bai2LogicalRecord.MAX_PARTS + 6) + ": ");
    assertThat(problems.list())
        .extracting(Bai2Problem::toString)
        .containsExactly(
            "line 1 (16 transaction detail): record with its continuations is longer than 1048576 characters or 65536 lines;"
                + " the rest of it is not read");
  }
}
