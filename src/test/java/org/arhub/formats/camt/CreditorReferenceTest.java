package org.arhub.formats.camt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditorReferenceTest {
  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        // ISO 11649: the standard's example, its print form, lower case, a wrong check digit, too
        // long
        "RF18539007547034,          SCOR, RF18539007547034",
        "RF18 5390 0754 7034,       SCOR, RF18539007547034",
        "rf18539007547034,          -,    RF18539007547034",
        "RF73INV20260042,           SCOR, RF73INV20260042",
        "RF19539007547034,          SCOR, -",
        "RF18539007547034X,         SCOR, -",
        "RF1853900754703412345678901, SCOR, -",
        "RF18-5390-0754-7034,       SCOR, -",
        // Swiss QR reference (modulo 10 recursive): example of the QR-bill guidelines, print form,
        // wrong check digit
        "210000000003139471430009017, QRR, 210000000003139471430009017",
        "21 00000 00003 13947 14300 09017, QRR, 210000000003139471430009017",
        "210000000003139471430009018, QRR, -",
        "210000000003139471430009018, -,   -",
        "21000000000313947143000901,  QRR, -",
        // schemes without a check here are taken as written
        "+++090/9337/55493+++,      SCOR, +++090/9337/55493+++",
        "4654654654654654,          SCOR, 4654654654654654",
        "RFQ-2026-0042,             -,    RFQ-2026-0042",
        "'  ISR ref number V1  ',   ISR Reference, ISR ref number V1",
      })
  void checksTheSchemesItKnows(String reference, String type, String accepted) {
    assertThat(CreditorReference.accepted(reference, type))
        .isEqualTo(Optional.ofNullable(accepted));
  }
}
