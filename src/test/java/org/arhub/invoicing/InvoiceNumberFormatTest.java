package org.arhub.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceNumberFormatTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @Test
  void numbersArePaddedAndTheSeriesIsTheNumberWithoutItsSequence() {
    InvoiceNumberFormat f = new InvoiceNumberFormat("INV-{yyyy}-{seq:6}");
    assertThat(f.number(DAY, 123)).isEqualTo("INV-2026-000123");
    assertThat(f.number(DAY, 1_234_567)).isEqualTo("INV-2026-1234567");
    assertThat(f.series(DAY)).isEqualTo("INV-2026-");
    assertThat(f.series(DAY.plusYears(1))).isEqualTo("INV-2027-");
    assertThat(new InvoiceNumberFormat("{seq:4}/{yy}").number(DAY, 7)).isEqualTo("0007/26");
    assertThat(new InvoiceNumberFormat("{seq:4}/{yy}").series(DAY)).isEqualTo("/26");
  }

  @Test
  void aFormatWithoutOneSequenceOrWithUnknownPlaceholdersIsRefused() {
    assertThatThrownBy(() -> new InvoiceNumberFormat("INV-{yyyy}"))
        .hasMessageContaining("must contain {seq}");
    assertThatThrownBy(() -> new InvoiceNumberFormat("{seq}-{seq}"))
        .hasMessageContaining("exactly once");
    assertThatThrownBy(() -> new InvoiceNumberFormat("INV-{mm}-{seq}"))
        .hasMessageContaining("unknown placeholder {mm}");
    assertThatThrownBy(() -> new InvoiceNumberFormat("INV {seq}"))
        .hasMessageContaining("letters, digits");
  }
}
