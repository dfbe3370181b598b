package org.arhub.cashapp.rules;

import static org.arhub.cashapp.Fixtures.invoice;
import static org.arhub.cashapp.Fixtures.payment;
import static org.arhub.cashapp.rules.RuleTestSupport.context;
import static org.arhub.cashapp.rules.RuleTestSupport.index;
import static org.assertj.core.api.Assertions.assertThat;

import org.arhub.cashapp.OpenItemIndex;
import org.arhub.cashapp.Proposal;
import org.junit.jupiter.api.Test;

/** TEXT_REFERENCE and FUZZY_REFERENCE: references written in free text. */
class TextAndFuzzyRulesTest {
  private final OpenItemIndex index =
      index(
          invoice("INV-4711", "C1", "100.00"),
          invoice("INV-4712", "C1", "200.00"),
          invoice("INV-5813", "C2", "300.00"));

  @Test
  void everyInvoiceNamedInTheTextIsClaimedOnce() {
    var p =
        new TextReferenceRule()
            .propose(
                context(
                    index, payment("P", "300.00").text("INV-4711-4712", "again inv 4711").build()));

    assertThat(p)
        .singleElement()
        .extracting(Proposal::invoiceNumbers)
        .isEqualTo(java.util.List.of("INV-4711", "INV-4712"));
  }

  @Test
  void aTextWithoutKnownNumbersProposesNothing() {
    assertThat(
            new TextReferenceRule()
                .propose(context(index, payment("P", "300.00").text("PO 4711 thanks").build())))
        .isEmpty();
  }

  @Test
  void aTypoIsAcceptedWhenTheAmountSettlesTheInvoice() {
    var p =
        new FuzzyReferenceRule()
            .propose(context(index, payment("P", "300.00").text("INV-5831").build()));

    assertThat(p)
        .singleElement()
        .satisfies(
            proposal -> {
              assertThat(proposal.invoiceNumbers()).containsExactly("INV-5813");
              assertThat(proposal.confidence()).isEqualByComparingTo("0.88");
            });
  }

  @Test
  void aTypoWithAnotherAmountIsNotAccepted() {
    assertThat(
            new FuzzyReferenceRule()
                .propose(context(index, payment("P", "290.00").text("INV-5831").build())))
        .isEmpty();
  }

  @Test
  void aNumberThatNamesARealInvoiceIsNotReadAsATypoOfAnother() {
    assertThat(
            new FuzzyReferenceRule()
                .propose(context(index, payment("P", "200.00").text("INV-4711").build())))
        .isEmpty();
  }
}
