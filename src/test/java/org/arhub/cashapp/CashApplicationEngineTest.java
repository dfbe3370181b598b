package org.arhub.cashapp;

import static org.arhub.cashapp.Fixtures.child;
import static org.arhub.cashapp.Fixtures.customer;
import static org.arhub.cashapp.Fixtures.index;
import static org.arhub.cashapp.Fixtures.invoice;
import static org.arhub.cashapp.Fixtures.line;
import static org.arhub.cashapp.Fixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CashApplicationEngineTest {
  private final OpenItemIndex index =
      index(
          List.of(
              customer("C1", "Acme Retail Inc.", "DE89370400440532013000"),
              customer("C2", "Borg Industries Ltd", "GB29NWBK60161331926819"),
              child("C3", "Acme Services GmbH", "C1")),
          List.of(
              invoice("INV-100", "C1", "100.00"),
              invoice("INV-101", "C1", "250.00"),
              invoice("INV-200", "C2", "100.00"),
              invoice("INV-201", "C2", "100.00"),
              invoice("INV-300", "C3", "80.00")));
  private final CashApplicationEngine engine =
      new CashApplicationEngine(RuleSetFile.standard(), index);

  @Test
  void anExactReferenceFromTheKnownPayerIsApplied() {
    Decision decision =
        engine.decide(
            payment("P1", "250.00")
                .from("ACME", "DE89 3704 0044 0532 0130 00")
                .text("RE INV 101")
                .build());

    assertThat(decision.isApplied()).isTrue();
    assertThat(decision.rule()).isEqualTo("TEXT_REFERENCE");
    assertThat(decision.allocations())
        .extracting(Allocation::invoiceNumber)
        .containsExactly("INV-101");
    assertThat(decision.evidence())
        .anyMatch(e -> e.contains("payer account"))
        .anyMatch(e -> e.contains("INV-101"));
  }

  @Test
  void anInvoiceOfAnotherCustomerIsNeverAppliedWhenThePayerIsKnownByAccount() {
    Decision decision =
        engine.decide(
            payment("P2", "100.00").from("Acme", "DE89370400440532013000").text("INV-200").build());

    assertThat(decision.isApplied()).isFalse();
    assertThat(decision.reason())
        .hasValueSatisfying(r -> assertThat(r).contains("customer C2", "customer C1"));
  }

  @Test
  void twoEquallyGoodInvoicesAreShownNotApplied() {
    Decision decision =
        engine.decide(payment("P3", "100.00").from("Borg", "GB29NWBK60161331926819").build());

    assertThat(decision.isApplied()).isFalse();
    assertThat(decision.candidates())
        .extracting(Candidate::invoiceNumbers)
        .containsExactly(List.of("INV-200"), List.of("INV-201"));
    assertThat(decision.reason()).hasValueSatisfying(r -> assertThat(r).contains("2 equally good"));
  }

  @Test
  void aParentMayPayItsSubsidiarysInvoiceWithLowerConfidence() {
    Decision decision =
        engine.decide(
            payment("P4", "80.00").from("Acme", "DE89370400440532013000").text("INV-300").build());

    assertThat(decision.isApplied()).isTrue();
    assertThat(decision.allocations().get(0).customerId()).isEqualTo("C3");
    assertThat(decision.confidence()).isLessThan(new BigDecimal("0.95"));
  }

  @Test
  void anAppliedPaymentLowersTheOpenAmountForTheNextOne() {
    engine.decide(
        payment("P5", "100.00").from("Acme", "DE89370400440532013000").text("INV-100").build());
    Decision second =
        engine.decide(
            payment("P6", "100.00").from("Acme", "DE89370400440532013000").text("INV-100").build());

    assertThat(index.invoice("INV-100").orElseThrow().openAmount()).isEqualByComparingTo("0");
    assertThat(second.isApplied()).isFalse();
    assertThat(second.reason()).hasValueSatisfying(r -> assertThat(r).contains("already settled"));
  }

  @Test
  void anUnknownPayerWithoutReferenceIsAnException() {
    Decision decision =
        engine.decide(payment("P7", "80.00").from("Somebody", "NL91ABNA0417164300").build());

    assertThat(decision.isApplied()).isFalse();
    assertThat(decision.customerId()).isEmpty();
    assertThat(decision.candidates())
        .extracting(Candidate::confidence)
        .allMatch(c -> c.compareTo(new BigDecimal("0.85")) < 0);
  }

  @Test
  void remittanceLinesThatClaimMoreThanWasPaidAreRefused() {
    Decision decision =
        engine.decide(
            payment("P8", "200.00")
                .from("Acme", "DE89370400440532013000")
                .lines(line(1, "INV-100", "100.00"), line(2, "INV-101", "250.00"))
                .build());

    assertThat(decision.isApplied()).isFalse();
    assertThat(decision.reason())
        .hasValueSatisfying(r -> assertThat(r).contains("advice pays 350.00"));
  }

  @Test
  void aTypoIsForgivenOnlyWhenTheAmountConfirmsIt() {
    OpenItemIndex typos =
        index(
            List.of(customer("C9", "Zeta SA")),
            List.of(invoice("INV-98765", "C9", "431.10"), invoice("INV-12345", "C9", "12.00")));
    CashApplicationEngine fuzzy = new CashApplicationEngine(RuleSetFile.standard(), typos);

    Decision confirmed = fuzzy.decide(payment("P9", "431.10").text("INV-98756").build());
    Decision unconfirmed = fuzzy.decide(payment("P10", "99.00").text("INV-9875").build());

    assertThat(confirmed.isApplied()).isTrue();
    assertThat(confirmed.rule()).isEqualTo("FUZZY_REFERENCE");
    assertThat(confirmed.allocations().get(0).invoiceNumber()).isEqualTo("INV-98765");
    assertThat(unconfirmed.isApplied()).isFalse();
  }
}
