package org.arhub.cashapp.rules;

import static org.arhub.cashapp.Fixtures.invoice;
import static org.arhub.cashapp.Fixtures.line;
import static org.arhub.cashapp.Fixtures.payment;
import static org.arhub.cashapp.rules.RuleTestSupport.context;
import static org.arhub.cashapp.rules.RuleTestSupport.index;
import static org.assertj.core.api.Assertions.assertThat;

import org.arhub.cashapp.OpenItemIndex;
import org.junit.jupiter.api.Test;

class RemittanceLinesRuleTest {
  private final OpenItemIndex index =
      index(invoice("INV-77001", "C1", "100.00"), invoice("INV-77002", "C1", "250.00"));
  private final RemittanceLinesRule rule = new RemittanceLinesRule();

  @Test
  void everyLineResolvesToItsInvoiceWithItsAmount() {
    var p =
        rule.propose(
            context(
                index,
                payment("P", "350.00")
                    .from(null, "ACCT1")
                    .lines(line(1, "77001", "100.00"), line(2, "INV77002", "250.00"))
                    .build()));

    assertThat(p)
        .singleElement()
        .satisfies(
            proposal -> {
              assertThat(proposal.invoiceNumbers()).containsExactly("INV-77001", "INV-77002");
              assertThat(proposal.claims().get(1).line().orElseThrow().lineNo()).isEqualTo(2);
              assertThat(proposal.confidence()).isEqualByComparingTo("0.98");
            });
  }

  @Test
  void aLineWithATypoResolvesWhenItsAmountConfirmsTheInvoice() {
    var p =
        rule.propose(
            context(
                index,
                payment("P", "250.00")
                    .from(null, "ACCT1")
                    .lines(line(1, "INV-77020", "250.00"))
                    .build()));

    assertThat(p)
        .singleElement()
        .satisfies(
            proposal -> {
              assertThat(proposal.invoiceNumbers()).containsExactly("INV-77002");
              assertThat(proposal.confidence()).isEqualByComparingTo("0.95");
              assertThat(proposal.evidence().get(0)).contains("one typo");
            });
  }

  @Test
  void aLineWithATypoAndAnotherAmountStaysUnresolved() {
    var p =
        rule.propose(
            context(
                index,
                payment("P", "120.00")
                    .from(null, "ACCT1")
                    .lines(line(1, "INV-77020", "120.00"))
                    .build()));

    assertThat(p).isEmpty();
  }
}
