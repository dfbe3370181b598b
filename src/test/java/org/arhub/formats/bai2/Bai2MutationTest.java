package org.arhub.formats.bai2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.arhub.formats.InvalidFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** moov-style: break one field of a good file at a time and expect exactly one message. */
class Bai2MutationTest {
  private static final String FILE = "lockbox-day.bai";

  static String fixture(String name) throws IOException {
    try (InputStream in = Bai2MutationTest.class.getResourceAsStream("/formats/bai2/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Stream<Arguments> oneBrokenField() {
    return Stream.of(
        Arguments.of(
            "49 control total",
            "49,84912950,11/",
            "49,84912951,11/",
            "line 13 (49 account trailer): account control total 84912951 != computed 84912950 for account 123456789"),
        Arguments.of(
            "49 record count",
            "49,84912950,11/",
            "49,84912950,12/",
            "line 13 (49 account trailer): account record count 12 != counted 11 for account 123456789"),
        Arguments.of(
            "98 control total",
            "98,85112950,2,15/",
            "98,85112951,2,15/",
            "line 16 (98 group trailer): group control total 85112951 != computed 85112950 (sum of its 49 account control totals)"
                + " for the group of originator 121000248"),
        Arguments.of(
            "98 number of accounts",
            "98,85112950,2,15/",
            "98,85112950,3,15/",
            "line 16 (98 group trailer): group number of accounts 3 != counted 2 for the group of originator 121000248"),
        Arguments.of(
            "98 record count",
            "98,85112950,2,15/",
            "98,85112950,2,14/",
            "line 16 (98 group trailer): group record count 14 != counted 15 for the group of originator 121000248"),
        Arguments.of(
            "99 control total",
            "99,85112950,1,17/",
            "99,-85112950,1,17/",
            "line 17 (99 file trailer): file control total -85112950 != computed 85112950 (sum of its 98 group control totals)"),
        Arguments.of(
            "99 number of groups",
            "99,85112950,1,17/",
            "99,85112950,2,17/",
            "line 17 (99 file trailer): file number of groups 2 != counted 1"),
        Arguments.of(
            "99 record count",
            "99,85112950,1,17/",
            "99,85112950,1,16/",
            "line 17 (99 file trailer): file record count 16 != counted 17"),
        Arguments.of(
            "16 amount not digits",
            "16,165,318050,",
            "16,165,3180S0,",
            "line 7 (16 transaction detail): amount (field 3) '3180S0' is not a BAI2 amount (digits with an optional leading + or -)"),
        Arguments.of(
            "16 amount negative",
            "16,195,1250000,",
            "16,195,-1250000,",
            "line 4 (16 transaction detail): amount (field 3) '-1250000' is negative: a 16 amount has no sign, its type code gives the direction"),
        Arguments.of(
            "16 amount missing",
            "16,195,1250000,",
            "16,195,,",
            "line 4 (16 transaction detail): amount (field 3) is missing"),
        Arguments.of(
            "49 total not digits",
            "49,84912950,11/",
            "49,849I2950,11/",
            "line 13 (49 account trailer): account control total (field 2) '849I2950' is not a BAI2 amount (digits with an optional leading + or -)"),
        Arguments.of(
            "03 amount not digits",
            "010,25000000,",
            "010,25.000.00,",
            "line 3 (03 account identifier): amount (field 5) '25.000.00' is not a BAI2 amount (digits with an optional leading + or -)"),
        Arguments.of(
            "unknown record code",
            "16,475,184500",
            "17,475,184500",
            "line 12 (record 17): unknown record code 17 (BAI2 records are 01, 02, 03, 16, 49, 88, 98 and 99)"),
        Arguments.of(
            "unknown type code",
            "16,195,1250000",
            "16,850,1250000",
            "line 4 (16 transaction detail): type code (field 2) '850' is not a BAI2 type code (standard table, bank table or the spec's ranges)"),
        Arguments.of(
            "status code on a 16",
            "16,195,1250000",
            "16,010,1250000",
            "line 4 (16 transaction detail): type code (field 2) 010 (Opening Ledger) is an account status code: a 16 transaction detail"
                + " needs a credit or debit type code"),
        Arguments.of(
            "funds type",
            "16,115,803525,1,",
            "16,115,803525,X,",
            "line 8 (16 transaction detail): funds type (field 4) 'X' is not one of 0, 1, 2, V, S, D, Z"),
        Arguments.of(
            "as-of date",
            "1,261119,2400",
            "1,261131,2400",
            "line 2 (02 group header): as-of date (field 5) '261131' is not a YYMMDD date"),
        Arguments.of(
            "as-of time",
            "1,261119,2400",
            "1,261119,2401",
            "line 2 (02 group header): as-of time (field 6) '2401' is not an HHMM time (0000-2359, or 2400 / 9999 for end of day)"),
        Arguments.of(
            "creation time",
            "261120,0600",
            "261120,0660",
            "line 1 (01 file header): file creation time (field 5) '0660' is not an HHMM time (0000-2359, or 2400 / 9999 for end of day)"),
        Arguments.of(
            "group status",
            "ARHUB,121000248,1,",
            "ARHUB,121000248,5,",
            "line 2 (02 group header): group status (field 4) '5' is not 1 (update), 2 (deletion), 3 (correction) or 4 (test only)"),
        Arguments.of(
            "version",
            "1,80,1,2/",
            "1,80,1,3/",
            "line 1 (01 file header): version number (field 9) '3': only BAI version 2 is read"),
        Arguments.of(
            "currency",
            "03,123456789,USD,",
            "03,123456789,XYZ,",
            "line 3 (03 account identifier): currency code (field 3) 'XYZ' is not an ISO 4217 currency code"),
        Arguments.of(
            "extra field in a trailer",
            "49,84912950,11/",
            "49,84912950,11,X/",
            "line 13 (49 account trailer): unexpected field 4 'X' after the last field of the 49 account trailer"),
        Arguments.of(
            "16 before its 03",
            "03,123456789,USD,",
            "16,142,1,0,,,STRAY/\n03,123456789,USD,",
            "line 3 (16 transaction detail): 16 transaction detail out of order: expected 03 account identifier or 98 group trailer"),
        Arguments.of(
            "missing 49",
            "49,84912950,11/\n03,987654321",
            "03,987654321",
            "line 13 (03 account identifier): 03 account identifier before the 49 account trailer of account 123456789 (03 at line 3)"),
        Arguments.of(
            "missing 98",
            "98,85112950,2,15/\n",
            "",
            "line 16 (99 file trailer): 99 file trailer before the 98 group trailer of the group at line 2"),
        Arguments.of(
            "second file header",
            "02,ARHUB",
            "01,DEMOBANK,ARHUB,261120,0600,1,80,1,2/\n02,ARHUB",
            "line 2 (01 file header): second 01 file header: a file has one, at its start"),
        Arguments.of(
            "file starts with a group",
            "01,DEMOBANK,ARHUB,261120,0600,1,80,1,2/\n",
            "",
            "line 1 (02 group header): first record is 02 group header; a BAI2 file starts with an 01 file header"),
        Arguments.of(
            "88 with nothing before it",
            "01,DEMOBANK",
            "88,DEMOBANK",
            "line 1 (88 continuation): first record is 88 continuation; a BAI2 file starts with an 01 file header"),
        Arguments.of(
            "record after the 99",
            "99,85112950,1,17/\n",
            "99,85112950,1,17/\n02,ARHUB,X,1,261119,,,/\n",
            "line 18 (02 group header): record after the 99 file trailer: the file should end there"),
        Arguments.of(
            "garbage line inside",
            "88,OBI INV-1001 INV-1002/",
            "OBI INV-1001 INV-1002/",
            "line 6: not a BAI2 record: 'OBI INV-1001 INV-1002/' (expected a two-digit record code and a comma)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneBrokenField")
  void rejectsWithExactMessage(String name, String good, String broken, String expected)
      throws Exception {
    String fixture = fixture(FILE);
    assertThat(fixture).contains(good);

    assertThat(rejection(fixture.replace(good, broken))).isEqualTo(FILE + ": " + expected);
  }

  @Test
  void truncatedFileNamesWhatIsMissing() throws Exception {
    String truncated =
        fixture(FILE).lines().limit(12).map(line -> line + "\n").reduce("", String::concat);

    assertThat(rejection(truncated))
        .isEqualTo(
            FILE
                + ": end of file after line 12: file ends inside account 123456789 (03 at line 3):"
                + " missing 49 account trailer, 98 group trailer and 99 file trailer");
  }

  @Test
  void fileWithoutItsTrailer() throws Exception {
    String withoutTrailer = fixture(FILE).replace("99,85112950,1,17/\n", "");

    assertThat(rejection(withoutTrailer))
        .isEqualTo(FILE + ": end of file after line 16: file ends without its 99 file trailer");
  }

  @Test
  void emptyFile() throws Exception {
    assertThat(rejection(new byte[0]))
        .isEqualTo(
            FILE
                + ": start of file: empty file (0 bytes): a BAI2 file starts with an 01 file header");
    assertThat(rejection(" \r\n\n".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(
            FILE + ": start of file: no BAI2 records: a BAI2 file starts with an 01 file header");
  }

  @Test
  void binaryGarbage() throws Exception {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 8, 0, (byte) 0x9c, (byte) 0xe9, 'x', '\n', '0', '1', ','};

    assertThat(rejection(zip))
        .isEqualTo(
            FILE
                + ": line 1: not a BAI2 record: 'PK\\x03\\x04\\x14\\x00\\x08\\x00\\x9Céx'"
                + " (expected a two-digit record code and a comma)");
  }

  @Test
  void fieldInsideAContinuationIsNamedThere() throws Exception {
    String fixture = fixture("continued-summary.bai");

    assertThat(rejection(fixture.replace("88,4000000,,,040", "88,4OOOOOO,,,040")))
        .isEqualTo(
            FILE
                + ": line 4 (88 continuation of 03 account identifier): amount (field 9) '4OOOOOO' is not a BAI2 amount"
                + " (digits with an optional leading + or -)");
  }

  @Test
  void distributionsMustAllBeThere() throws Exception {
    String fixture = fixture("availability.bai");

    assertThat(
            rejection(
                fixture.replace(
                    "88,110,300000,2,D,3,0,100000,1,100000,2,100000/",
                    "88,110,300000,2,D,4,0,100000,1,100000,2,100000/")))
        .isEqualTo(
            FILE
                + ": line 4 (88 continuation of 03 account identifier): funds type D announces 4 distributions but the record ends after 3");
  }

  @Test
  void validationListsEveryProblemOfTheFile() throws Exception {
    String broken =
        fixture(FILE)
            .replace("16,165,318050,", "16,165,3180S0,")
            .replace("1,261119,2400", "1,261131,2400")
            .replace("49,200000,2/", "49,200001,2/");

    Bai2Report report =
        new Bai2Reader()
            .validate(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)));

    assertThat(report.messages())
        .containsExactly(
            "line 2 (02 group header): as-of date (field 5) '261131' is not a YYMMDD date",
            "line 7 (16 transaction detail): amount (field 3) '3180S0' is not a BAI2 amount (digits with an optional leading + or -)",
            "line 13 (49 account trailer): account control total 84912950 != computed 84594900 for account 123456789",
            "line 15 (49 account trailer): account control total 200001 != computed 200000 for account 987654321",
            "line 16 (98 group trailer): group control total 85112950 != computed 85112951 (sum of its 49 account control totals)"
                + " for the group of originator 121000248");
  }

  @Test
  void readCarriesAllProblemsAndStopsStreamingAtTheFirst() throws Exception {
    String broken =
        fixture(FILE)
            .replace("49,84912950,11/", "49,84912951,11/")
            .replace("49,200000,2/", "49,200001,2/");
    RecordingSink sink = new RecordingSink();

    Bai2InvalidFileException e =
        catchThrowableOfType(
            () ->
                new Bai2Reader()
                    .read(
                        FILE,
                        new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                        sink),
            Bai2InvalidFileException.class);

    assertThat(e.position()).isEqualTo("line 13 (49 account trailer)");
    assertThat(e.problems()).hasSize(3);
    // what came before the verdict reached the sink; nothing after it did
    assertThat(sink.statements).hasSize(1);
    assertThat(sink.allEntries()).hasSize(5);
    assertThat(sink.ends).isEmpty();
    assertThat(sink.ended).isFalse();
  }

  @Test
  void aFileOfNothingButProblemsStopsAtOneHundred() throws Exception {
    String many =
        fixture(FILE).replace("16,475,184500,0,CK26111900005,10234,/\n", "17,X/\n".repeat(500));

    Bai2Report report =
        new Bai2Reader().validate(new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8)));

    assertThat(report.problems())
        .hasSize(101)
        .last()
        .hasToString("end of list: 100 problems found; reading stopped there");
  }

  private static String rejection(String content) throws IOException {
    return rejection(content.getBytes(StandardCharsets.UTF_8));
  }

  private static String rejection(byte[] content) throws IOException {
    InvalidFileException e =
        catchThrowableOfType(
            () ->
                new Bai2Reader().read(FILE, new ByteArrayInputStream(content), new RecordingSink()),
            InvalidFileException.class);
    assertThat(e).as("rejected").isNotNull();
    return e.getMessage();
  }
}
