package org.arhub.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.arhub.cashapp.PaymentTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The terms intake computes due and discount dates from (cash application reads them): NET n, n/d
 * NET m, end of month in its spellings, across month ends and leap years.
 */
class PaymentTermsIntakeTest {
  @ParameterizedTest(name = "{0} issued {1}: due {2}, discount until {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "NET 30             | 2026-11-23 | 2026-12-23 | -",
        "NET30              | 2026-01-31 | 2026-03-02 | -",
        "2/10 NET 30        | 2026-11-23 | 2026-12-23 | 2026-12-03",
        "1.5/15 NET 45      | 2026-12-20 | 2027-02-03 | 2027-01-04",
        "NET 30 EOM         | 2026-11-05 | 2026-12-30 | -",
        "NET30EOM           | 2026-02-10 | 2026-03-30 | -",
        "30 days end of month | 2026-12-31 | 2027-01-30 | -",
        "30 DAYS EOM        | 2028-01-31 | 2028-03-01 | -",
        "EOM                | 2028-02-03 | 2028-02-29 | -",
        "end of month       | 2027-02-03 | 2027-02-28 | -",
        "2/10 EOM NET 30    | 2026-11-05 | 2026-12-30 | 2026-12-10",
        "NET 60             | 2028-01-01 | 2028-03-01 | -",
        "DUE ON RECEIPT     | 2026-11-23 | 2026-11-23 | -",
        "45 days            | 2026-11-23 | 2027-01-07 | -",
      })
  void dueAndDiscountDates(String text, LocalDate issued, LocalDate due, LocalDate discountUntil) {
    assertThat(PaymentTerms.understands(text)).isTrue();
    PaymentTerms terms = PaymentTerms.parse(text);
    assertThat(terms.dueDate(issued)).isEqualTo(due);
    assertThat(terms.hasDiscount()).isEqualTo(discountUntil != null);
    if (discountUntil != null) {
      assertThat(terms.discountUntil(issued)).isEqualTo(discountUntil);
    }
  }

  @ParameterizedTest
  @CsvSource({"see contract", "2/10", "GEOMETRY", "''"})
  void textWithoutADueDateIsNotUnderstood(String text) {
    assertThat(PaymentTerms.understands(text)).isFalse();
  }

  @Property
  void dueIsNeverBeforeIssueAndTheDiscountEndsByTheDueDate(
      @ForAll @IntRange(min = 0, max = 120) int netDays,
      @ForAll @IntRange(min = 0, max = 120) int discountDays,
      @ForAll @IntRange(min = 1, max = 9) int percent,
      @ForAll boolean endOfMonth,
      @ForAll @IntRange(min = 0, max = 3652) int dayOffset) {
    LocalDate issued = LocalDate.of(2024, 1, 1).plusDays(dayOffset);
    int window = Math.min(discountDays, netDays);
    String text = percent + "/" + window + " NET " + netDays + (endOfMonth ? " EOM" : "");
    PaymentTerms terms = PaymentTerms.parse(text);
    assertThat(terms.dueDate(issued)).isAfterOrEqualTo(issued);
    assertThat(terms.discountUntil(issued)).isBeforeOrEqualTo(terms.dueDate(issued));
    assertThat(terms.discountUntil(issued)).isAfterOrEqualTo(issued);
    assertThat(terms.discountPercent()).isEqualByComparingTo(BigDecimal.valueOf(percent));
    if (endOfMonth) {
      LocalDate monthEnd = issued.withDayOfMonth(issued.lengthOfMonth());
      assertThat(terms.dueDate(issued)).isEqualTo(monthEnd.plusDays(netDays));
    }
  }
}
