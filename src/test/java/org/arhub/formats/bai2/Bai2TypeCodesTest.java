package org.arhub.formats.bai2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.IntStream;
import org.arhub.formats.bai2.Bai2TypeCode.Level;
import org.arhub.formats.bai2.Bai2TypeCode.Transaction;
import org.arhub.model.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Bai2TypeCodesTest {
  private final Bai2TypeCodes standard = Bai2TypeCodes.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "010, NONE,   STATUS,  Opening Ledger",
    "015, NONE,   STATUS,  Closing Ledger",
    "045, NONE,   STATUS,  Closing Available",
    "100, CREDIT, SUMMARY, Total Credits",
    "115, CREDIT, DETAIL,  Lockbox Deposit",
    "165, CREDIT, DETAIL,  Preauthorized ACH Credit",
    "195, CREDIT, DETAIL,  Incoming Money Transfer",
    "400, DEBIT,  SUMMARY, Total Debits",
    "475, DEBIT,  DETAIL,  Check Paid",
    "495, DEBIT,  DETAIL,  Outgoing Money Transfer",
    "699, DEBIT,  DETAIL,  Miscellaneous Debit",
    "890, NONE,   DETAIL,  Contains Non-monetary Information",
    "111, CREDIT, BOTH,    Credit (not in the standard table)",
    "444, DEBIT,  BOTH,    Debit (not in the standard table)",
    "905, NONE,   STATUS,  Custom account status",
    "925, CREDIT, BOTH,    Custom credit",
    "965, DEBIT,  BOTH,    Custom debit",
  })
  void standardTableAndSpecRanges(
      String code, Transaction transaction, Level level, String description) {
    assertThat(standard.find(code))
        .contains(new Bai2TypeCode(code, transaction, level, description));
  }

  @ParameterizedTest
  @CsvSource({"000", "750", "850", "12", "1234", "ABC"})
  void codesBai2DoesNotDefine(String code) {
    assertThat(standard.find(code)).isEmpty();
  }

  @Test
  void namedCodesAgreeWithTheSpecRanges() {
    IntStream.range(100, 700)
        .mapToObj(n -> standard.find(String.format("%03d", n)))
        .flatMap(java.util.Optional::stream)
        .forEach(
            code ->
                assertThat(code.direction())
                    .as(code.code())
                    .contains(
                        Integer.parseInt(code.code()) < 400 ? Direction.CREDIT : Direction.DEBIT));
  }

  @Test
  void bankCodesOverrideTheStandardOnes() throws Exception {
    Bai2TypeCodes bank =
        standard.with(
            Map.of("925", new Bai2TypeCode("925", Transaction.DEBIT, Level.DETAIL, "Sweep out")));
    String file =
        """
        01,B,R,261120,0600,1,,,2/
        02,R,B,1,261119,,USD,/
        03,1,,/
        16,925,100,0,REF,,SWEEP/
        49,100,3/
        98,100,1,5/
        99,100,1,7/
        """;
    RecordingSink sink = new RecordingSink();

    new Bai2Reader(bank)
        .read("bank.bai", new ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII)), sink);

    assertThat(sink.allEntries().get(0).direction()).isEqualTo(Direction.DEBIT);
    assertThat(standard.find("925").orElseThrow().transaction()).isEqualTo(Transaction.CREDIT);
  }

  @Test
  void bankTableInTheStandardShape() throws Exception {
    Bai2TypeCodes bank =
        standard.withCsv(
            "bank.csv",
            new StringReader(
                """
        # our bank's codes
        code,transaction,level,description
        930,credit,detail,Remote deposit, mobile
        """));

    assertThat(bank.find("930").orElseThrow().description()).isEqualTo("Remote deposit, mobile");
  }

  @Test
  void badTableLineStopsWithItsLine() {
    assertThatThrownBy(
            () ->
                standard.withCsv(
                    "bank.csv",
                    new StringReader(
                        "code,transaction,level,description\n931,sideways,detail,X\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bank.csv line 2: ");
  }
}
