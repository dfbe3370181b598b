package org.arhub.cashapp;

import static org.arhub.cashapp.Fixtures.invoice;
import static org.arhub.cashapp.Fixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arhub.model.Remittance.Adjustment;
import org.junit.jupiter.api.Test;

class SettlementPolicyTest {
  private final SettlementPolicy policy = RuleSetFile.standard().policy();
  private final LocalDate issued = LocalDate.of(2026, 11, 12);

  private Settlement settle(String paid, OpenInvoice... invoices) {
    IncomingPayment payment = payment("P", paid).build();
    return policy.settle(
        payment, List.of(invoices).stream().map(i -> Claim.of(i, "test")).toList());
  }

  @Test
  void aDiscountTakenWithinTheWindowSettlesInFull() {
    Settlement s = settle("980.00", invoice("I1", "C", "1000.00", "2/10 NET30", issued));

    assertThat(s.fit()).containsExactly("discount");
    assertThat(s.allocations().get(0).cash()).isEqualByComparingTo("980.00");
    assertThat(s.allocations().get(0).discount()).isEqualByComparingTo("20.00");
  }

  @Test
  void aDiscountTakenTooLateLeavesTheRestOpen() {
    Settlement s =
        settle("980.00", invoice("I1", "C", "1000.00", "2/10 NET30", LocalDate.of(2026, 10, 1)));

    assertThat(s.fit()).containsExactly("partial");
    assertThat(s.allocations().get(0).settled()).isEqualByComparingTo("980.00");
  }

  @Test
  void bankChargesWithinToleranceAreWrittenOff() {
    Settlement s = settle("987.50", invoice("I1", "C", "1000.00"));

    assertThat(s.fit()).containsExactly("write-off");
    assertThat(s.allocations().get(0).writeOff()).isEqualByComparingTo("12.50");
    assertThat(s.allocations().get(0).settled()).isEqualByComparingTo("1000.00");
  }

  @Test
  void aShortfallOverTheAmountToleranceIsAPartialPayment() {
    Settlement s = settle("980.00", invoice("I1", "C", "1000.00"));

    assertThat(s.fit()).containsExactly("partial");
    assertThat(s.allocations().get(0).writeOff()).isEqualByComparingTo("0");
  }

  @Test
  void anOverpaymentGoesOnAccount() {
    Settlement s = settle("150.00", invoice("I1", "C", "100.00"), invoice("I2", "C", "30.00"));

    assertThat(s.fit()).containsExactly("overpaid");
    assertThat(s.onAccount()).isEqualByComparingTo("20.00");
  }

  @Test
  void aPartialPaymentOfSeveralInvoicesPaysTheOldestFirst() {
    Settlement s = settle("120.00", invoice("I1", "C", "100.00"), invoice("I2", "C", "100.00"));

    assertThat(s.allocations())
        .extracting(Allocation::cash)
        .containsExactly(new BigDecimal("100.00"), new BigDecimal("20.00"));
  }

  @Test
  void aDeductionWithAReasonOpensADisputeForTheDeductedPart() {
    OpenInvoice invoice = invoice("I1", "C", "600.00");
    RemittanceLine line =
        new RemittanceLine(
            1,
            "I1",
            Optional.of(new BigDecimal("570.00")),
            Optional.empty(),
            Optional.empty(),
            List.of(new Adjustment(new BigDecimal("-30.00"), "01", "pricing", Optional.empty())));
    IncomingPayment payment = payment("P", "570.00").lines(line).build();

    Settlement s = policy.settle(payment, List.of(new Claim(invoice, Optional.of(line), "I1")));

    Allocation a = s.allocations().get(0);
    assertThat(s.fit()).containsExactly("deduction");
    assertThat(a.cash()).isEqualByComparingTo("570.00");
    assertThat(a.disputed()).isEqualByComparingTo("30.00");
    assertThat(a.disputeReason()).hasValue("01 pricing");
    assertThat(a.settled()).isEqualByComparingTo("570.00");
  }

  @Test
  void anotherCurrencyIsNeverSettled() {
    Settlement s =
        policy.settle(
            payment("P", "100.00").currency("USD").build(),
            List.of(Claim.of(invoice("I1", "C", "100.00"), "I1")));

    assertThat(s.refusal())
        .hasValueSatisfying(r -> assertThat(r).contains("never applied automatically"));
  }

  @Test
  void termsGiveDueAndDiscountDates() {
    PaymentTerms terms = PaymentTerms.parse("1.5/15 NET 45");
    assertThat(terms.dueDate(issued)).isEqualTo(LocalDate.of(2026, 12, 27));
    assertThat(terms.discountOn(issued, issued.plusDays(15), new BigDecimal("200.00"), "EUR"))
        .isEqualByComparingTo("3.00");
    assertThat(terms.discountOn(issued, issued.plusDays(16), new BigDecimal("200.00"), "EUR"))
        .isEqualByComparingTo("0");
    assertThat(PaymentTerms.parse("NET30 EOM").dueDate(issued))
        .isEqualTo(LocalDate.of(2026, 12, 30));
  }
}
