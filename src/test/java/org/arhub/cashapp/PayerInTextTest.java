package org.arhub.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayerInTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ORIG CO NAME ACME RETAIL INC|ACME RETAIL INC",
        "ORIG CO NAME:ACME RETAIL INC ORIG ID:1234567890 SEC:CCD|ACME RETAIL INC",
        "ORG=BORG INDUSTRIES LTD OBI INV 5003|BORG INDUSTRIES LTD",
        "B/O KELLER METALLBAU AG|KELLER METALLBAU AG",
      })
  void findsThePayerTheBankWroteIntoTheText(String text, String payer) {
    assertThat(PayerInText.find(List.of("ACH CREDIT CCD", text))).hasValue(payer);
  }

  @ParameterizedTest
  @CsvSource({"PMT INFO INV-1001", "INCOMING WIRE"})
  void findsNothingWhereNoPayerIsWritten(String text) {
    assertThat(PayerInText.find(List.of(text))).isEmpty();
  }
}
