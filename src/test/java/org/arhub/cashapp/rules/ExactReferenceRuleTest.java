package org.arhub.cashapp.rules;

import static org.arhub.cashapp.Fixtures.invoice;
import static org.arhub.cashapp.Fixtures.payment;
import static org.arhub.cashapp.rules.RuleTestSupport.context;
import static org.arhub.cashapp.rules.RuleTestSupport.index;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.arhub.cashapp.OpenItemIndex;
import org.arhub.cashapp.Proposal;
import org.arhub.cashapp.RemittanceLine;
import org.junit.jupiter.api.Test;

class ExactReferenceRuleTest {
  private final OpenItemIndex index =
      index(invoice("INV-0042", "C1", "100.00"), invoice("INV-0043", "C1", "50.00"));
  private final ExactReferenceRule rule = new ExactReferenceRule();

  @Test
  void anRfCreditorReferenceCarriesTheInvoiceNumberInItsBody() {
    var proposals =
        rule.propose(
            context(index, payment("P", "100.00").creditorReference("RF18INV0042").build()));

    assertThat(proposals)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.invoiceNumbers()).containsExactly("INV-0042");
              assertThat(p.confidence()).isEqualByComparingTo("0.99");
            });
  }

  @Test
  void everyReferencedDocumentWithoutAmountsIsClaimed() {
    var payment =
        payment("P", "150.00")
            .lines(
                RemittanceLine.of(1, "inv 42", Optional.empty()),
                RemittanceLine.of(2, "0043", Optional.empty()))
            .build();

    assertThat(rule.propose(context(index, payment)))
        .singleElement()
        .extracting(Proposal::invoiceNumbers)
        .isEqualTo(java.util.List.of("INV-0042", "INV-0043"));
  }

  @Test
  void anUnresolvedReferenceLowersTheConfidenceBelowAutoApply() {
    var payment =
        payment("P", "150.00")
            .lines(
                RemittanceLine.of(1, "INV-0042", Optional.empty()),
                RemittanceLine.of(2, "INV-9999", Optional.empty()))
            .build();

    assertThat(rule.propose(context(index, payment)).get(0).confidence())
        .isLessThan(new BigDecimal("0.85"));
  }

  @Test
  void linesWithAmountsAreLeftToTheRemittanceLinesRule() {
    var payment =
        payment("P", "100.00")
            .lines(RemittanceLine.of(1, "INV-0042", Optional.of(new BigDecimal("100.00"))))
            .build();

    assertThat(rule.propose(context(index, payment))).isEmpty();
  }
}
