package org.arhub.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " ; ",
      value = {
        "bai2 header         ; 01,BANKID,ARHUB,261120,0800,1,80,1,2/ ; bai2",
        "bai2 after BOM      ; \uFEFF01,BANKID,ARHUB,261120,0800,1,,,2/ ; bai2",
        "camt.053 unprefixed ; <?xml version='1.0'?><Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.08'> ; camt.053",
        "camt.054 prefixed   ; <ns:Document xmlns:ns='urn:iso:std:iso:20022:tech:xsd:camt.054.001.02'> ; camt.054",
        "camt.052            ; <Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.052.001.13'> ; camt.052",
        "x12 820             ; ISA*00*          *00*          *ZZ*ACME~GS*RA*X~ST*820*0001~ ; x12-820",
        "x12 820 pipes       ; ISA|00|          |00|          |ZZ|ACME~GS|RA|X~ST|820|0001~ ; x12-820",
        "lockbox             ; 100ARHUBDEMO 1234567890261120 ; lockbox",
        "x12 997             ; ISA*00*          *00*          *ZZ*ACME~GS*FA*X~ST*997*0001~ ; x12-ack",
        "x12 TA1             ; ISA*00*          *00*          *ZZ*ACME~TA1*000000001*261120*0930*A*000~ ; x12-ack",
      })
  void recognisesByContent(String name, String head, String expected) {
    assertThat(FormatDetector.detect(head.getBytes(StandardCharsets.UTF_8)).map(FileFormat::id))
        .contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " ; ",
      value = {
        "empty      ; ''",
        "csv        ; invoice,amount",
        "x12 810    ; ISA*00*          *00*~ST*810*0001~",
        "other xml  ; <Document xmlns='urn:iso:std:iso:20022:tech:xsd:pain.001.001.09'>",
      })
  void refusesWhatItDoesNotKnow(String name, String head) {
    assertThat(FormatDetector.detect(head.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Optional.empty());
  }
}
