package org.arhub.cashapp.rules;

import static org.arhub.cashapp.Fixtures.invoice;
import static org.arhub.cashapp.Fixtures.payment;
import static org.arhub.cashapp.rules.RuleTestSupport.context;
import static org.arhub.cashapp.rules.RuleTestSupport.index;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.arhub.cashapp.OpenItemIndex;
import org.arhub.cashapp.Proposal;
import org.junit.jupiter.api.Test;

/** UNIQUE_AMOUNT and SUBSET_SUM: payments without a usable reference. */
class AmountRulesTest {
  private final OpenItemIndex index =
      index(
          invoice("INV-1", "C1", "100.00"),
          invoice("INV-2", "C1", "250.00"),
          invoice("INV-3", "C1", "400.00"),
          invoice("INV-4", "C1", "150.00"),
          invoice("INV-9", "C2", "100.00"));

  @Test
  void uniqueAmountNeedsAKnownPayerToBeApplied() {
    var known =
        new UniqueAmountRule()
            .propose(context(index, payment("P", "400.00").from(null, "ACCT1").build()));
    var unknown = new UniqueAmountRule().propose(context(index, payment("P", "400.00").build()));

    assertThat(known)
        .singleElement()
        .extracting(Proposal::confidence)
        .isEqualTo(new BigDecimal("0.90"));
    assertThat(unknown)
        .singleElement()
        .extracting(Proposal::confidence)
        .isEqualTo(new BigDecimal("0.60"));
  }

  @Test
  void uniqueAmountWithinToleranceOnlyIsACandidate() {
    var p =
        new UniqueAmountRule()
            .propose(context(index, payment("P", "395.00").from(null, "ACCT1").build()));

    assertThat(p)
        .singleElement()
        .extracting(Proposal::confidence)
        .isEqualTo(new BigDecimal("0.80"));
  }

  @Test
  void subsetSumFindsTheOneCombination() {
    var p =
        new SubsetSumRule()
            .propose(context(index, payment("P", "750.00").from(null, "ACCT1").build()));

    assertThat(p)
        .singleElement()
        .satisfies(
            proposal -> {
              assertThat(proposal.invoiceNumbers()).containsExactly("INV-1", "INV-2", "INV-3");
              assertThat(proposal.confidence()).isEqualByComparingTo("0.90");
            });
  }

  @Test
  void subsetSumWithTwoCombinationsIsAmbiguous() {
    // 500 = 100 + 250 + 150 = 100 + 400; the oldest-first search finds the first one first
    var p =
        new SubsetSumRule()
            .propose(context(index, payment("P", "500.00").from(null, "ACCT1").build()));

    assertThat(p)
        .hasSize(2)
        .allSatisfy(proposal -> assertThat(proposal.confidence()).isEqualByComparingTo("0.60"));
    assertThat(p.get(0).invoiceNumbers()).isEqualTo(List.of("INV-1", "INV-2", "INV-4"));
    assertThat(p.get(1).invoiceNumbers()).isEqualTo(List.of("INV-1", "INV-3"));
  }

  @Test
  void subsetSumIsOnlyTriedForAKnownPayer() {
    assertThat(new SubsetSumRule().propose(context(index, payment("P", "650.00").build())))
        .isEmpty();
  }
}
