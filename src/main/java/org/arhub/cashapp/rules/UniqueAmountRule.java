package org.arhub.cashapp.rules;

import java.math.BigDecimal;
import java.util.List;
import org.arhub.cashapp.Claim;
import org.arhub.cashapp.MatchContext;
import org.arhub.cashapp.MatchingRule;
import org.arhub.cashapp.OpenInvoice;
import org.arhub.cashapp.Proposal;

/**
 * No usable reference, but exactly one open invoice of the paying customer is settled in full by
 * the amount (exactly, after its early-payment discount, or within tolerance). Without a known
 * customer, one open invoice anywhere with exactly that amount is only a candidate for a person.
 */
public final class UniqueAmountRule implements MatchingRule {
  static final BigDecimal CONFIDENCE = new BigDecimal("0.90");
  static final BigDecimal WITHIN_TOLERANCE = new BigDecimal("0.80");
  static final BigDecimal UNKNOWN_PAYER = new BigDecimal("0.60");
  static final BigDecimal AMBIGUOUS = new BigDecimal("0.50");

  @Override
  public String name() {
    return "UNIQUE_AMOUNT";
  }

  @Override
  public List<Proposal> propose(MatchContext context) {
    BigDecimal paid = context.amount();
    if (context.customer().isKnown()) {
      List<OpenInvoice> open = context.customerOpenInvoices();
      List<OpenInvoice> fitting =
          open.stream()
              .filter(i -> context.policy().fitsExactly(i, paid, context.payment().date()))
              .toList();
      BigDecimal confidence = fitting.size() == 1 ? CONFIDENCE : AMBIGUOUS;
      if (fitting.isEmpty()) {
        // only within tolerance: a sum of other invoices may fit exactly, so leave it to a person
        // unless no later rule finds better
        fitting =
            open.stream()
                .filter(i -> context.policy().confirms(i, paid, context.payment().date()))
                .toList();
        confidence = fitting.size() == 1 ? WITHIN_TOLERANCE : AMBIGUOUS;
      }
      BigDecimal found = confidence;
      return fitting.stream()
          .limit(5)
          .map(i -> proposal(i, found, "the customer's only open invoice this amount settles"))
          .toList();
    }
    List<OpenInvoice> anywhere = context.index().openWithAmount(context.payment().currency(), paid);
    return anywhere.stream()
        .limit(5)
        .map(
            i ->
                proposal(
                    i,
                    anywhere.size() == 1 ? UNKNOWN_PAYER : AMBIGUOUS,
                    "an open invoice of exactly this amount; the payer is unknown"))
        .toList();
  }

  private Proposal proposal(OpenInvoice invoice, BigDecimal confidence, String why) {
    return new Proposal(
        name(),
        List.of(Claim.of(invoice, "amount")),
        confidence,
        true,
        List.of(why + ": " + invoice.number() + " open " + invoice.openAmount().toPlainString()));
  }
}
