package org.arhub.formats.bai2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Field values: amounts with implied decimals, YYMMDD dates, HHMM times, and fields that run on
 * into 88s.
 */
class Bai2FieldsTest {
  private final Bai2Problems problems = new Bai2Problems();

  private Bai2Fields fields(String text) throws IOException {
    Bai2RecordSplitter splitter =
        new Bai2RecordSplitter(
            new Bai2LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
            problems);
    Bai2LogicalRecord record = new Bai2LogicalRecord();
    assertThat(splitter.next(record)).isTrue();
    return new Bai2Fields(problems).of(record);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'+00000000000834000', 834000",
    "'-1500000',           -1500000",
    "'00',                 0",
    "' 42 ',               42",
    "'999999999999999999', 999999999999999999",
  })
  void amounts(String field, long units) throws IOException {
    assertThat(fields("49," + field + "/").amount("amount", true)).isEqualTo(units);
    assertThat(problems.any()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'1.50',                'amount (field 2) ''1.50'' is not a BAI2 amount (digits with an optional leading + or -)'",
    "'-',                   'amount (field 2) ''-'' is not a BAI2 amount (digits with an optional leading + or -)'",
    "'1000000000000000000', 'amount (field 2) ''1000000000000000000'' has more than 18 significant digits'",
  })
  void wrongAmounts(String field, String reason) throws IOException {
    assertThat(fields("49," + field + "/").amount("amount", true)).isNull();
    assertThat(problems.list()).extracting(Bai2Problem::reason).containsExactly(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "060321, 2006-03-21",
    "991231, 1999-12-31",
    "800101, 1980-01-01",
    "791231, 2079-12-31",
    "240229, 2024-02-29"
  })
  void dates(String field, LocalDate date) throws IOException {
    assertThat(fields("02," + field + "/").date("as-of date", true)).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource({"230229", "261301", "26111", "26-1-1"})
  void wrongDates(String field) throws IOException {
    assertThat(fields("02," + field + "/").date("as-of date", true)).isNull();
    assertThat(problems.list()).hasSize(1);
  }

  @Test
  void timesAndTheEndOfTheDay() throws IOException {
    assertThat(fields("02,0000,2359,2400,9999,2360,2500,123/").time("t", true)).isEqualTo("0000");
    assertThat(Bai2Time.valid("2359")).isTrue();
    assertThat(Bai2Time.valid("2400")).isTrue();
    assertThat(Bai2Time.valid("9999")).isTrue();
    assertThat(Bai2Time.valid("2360")).isFalse();
    assertThat(Bai2Time.valid("2500")).isFalse();
    assertThat(Bai2Time.valid("123")).isFalse();
    assertThat(Bai2Time.at(LocalDate.of(2026, 11, 19), "2400"))
        .isEqualTo(LocalDateTime.of(2026, 11, 20, 0, 0));
    assertThat(Bai2Time.at(LocalDate.of(2026, 11, 19), "0815"))
        .isEqualTo(LocalDateTime.of(2026, 11, 19, 8, 15));
  }

  @Test
  void fieldsRunOnIntoContinuationsAndKnowTheirNumber() throws IOException {
    Bai2Fields fields = fields("03,ACCT,,190/\n88,500000,,/\n");
    fields.text("account", true);
    fields.text("currency", false);
    fields.text("type code", false);

    assertThat(fields.amount("amount", true)).isEqualTo(500000L);
    assertThat(fields.field("amount")).isEqualTo("amount (field 5)");
    assertThat(fields.hasMore()).isTrue();
    fields.number("item count", false);
    fields.text("funds type", false);
    assertThat(fields.hasMore()).isFalse();
  }

  @Test
  void missingRequiredFieldIsNamed() throws IOException {
    Bai2Fields fields = fields("49,100/");
    fields.amount("account control total", true);
    fields.number("number of records", true);

    assertThat(problems.list())
        .extracting(Bai2Problem::toString)
        .containsExactly("line 1 (49 account trailer): number of records (field 3) is missing");
  }
}
