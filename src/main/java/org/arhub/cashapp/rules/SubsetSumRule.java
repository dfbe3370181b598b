package org.arhub.cashapp.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.arhub.cashapp.Claim;
import org.arhub.cashapp.MatchContext;
import org.arhub.cashapp.MatchingRule;
import org.arhub.cashapp.OpenInvoice;
import org.arhub.cashapp.Proposal;

/**
 * No usable reference, and the amount is the sum of two or more of the customer's open invoices.
 * The search is bounded (the oldest {@value #MAX_INVOICES} open invoices, at most {@value
 * #MAX_STEPS} steps) and stops at the second answer: one answer is applied, two are shown to a
 * person with the oldest first.
 */
public final class SubsetSumRule implements MatchingRule {
  static final int MAX_INVOICES = 30;
  static final int MAX_STEPS = 200_000;
  static final BigDecimal CONFIDENCE = new BigDecimal("0.90");
  static final BigDecimal AMBIGUOUS = new BigDecimal("0.60");

  @Override
  public String name() {
    return "SUBSET_SUM";
  }

  @Override
  public List<Proposal> propose(MatchContext context) {
    if (!context.customer().isKnown()) {
      return List.of();
    }
    List<OpenInvoice> open = context.customerOpenInvoices();
    if (open.size() < 2) {
      return List.of();
    }
    open = open.subList(0, Math.min(open.size(), MAX_INVOICES));
    Search search = new Search(open, context.amount());
    search.run();
    List<Proposal> proposals = new ArrayList<>();
    BigDecimal confidence = search.answers.size() == 1 ? CONFIDENCE : AMBIGUOUS;
    for (List<OpenInvoice> answer : search.answers) {
      List<Claim> claims = answer.stream().map(i -> Claim.of(i, "amount")).toList();
      proposals.add(
          new Proposal(
              name(),
              claims,
              confidence,
              true,
              List.of(
                  "the open amounts of "
                      + answer.stream().map(OpenInvoice::number).toList()
                      + " add up to "
                      + context.amount().toPlainString())));
    }
    return proposals;
  }

  /** Depth-first over "take / leave" in oldest-first order, pruned by what is left to take. */
  private static final class Search {
    private final List<OpenInvoice> invoices;
    private final long[] cents;
    private final long[] restSum;
    private final long target;
    private final List<List<OpenInvoice>> answers = new ArrayList<>();
    private final boolean[] taken;
    private int steps;

    Search(List<OpenInvoice> invoices, BigDecimal amount) {
      this.invoices = invoices;
      int scale = amount.scale();
      cents = new long[invoices.size()];
      restSum = new long[invoices.size() + 1];
      taken = new boolean[invoices.size()];
      for (int i = 0; i < cents.length; i++) {
        cents[i] = invoices.get(i).openAmount().setScale(scale).unscaledValue().longValueExact();
      }
      for (int i = cents.length - 1; i >= 0; i--) {
        restSum[i] = restSum[i + 1] + cents[i];
      }
      target = amount.unscaledValue().longValueExact();
    }

    void run() {
      search(0, target, 0);
    }

    private void search(int from, long needed, int count) {
      if (answers.size() >= 2 || ++steps > MAX_STEPS) {
        return;
      }
      if (needed == 0) {
        if (count >= 2) {
          List<OpenInvoice> answer = new ArrayList<>();
          for (int i = 0; i < from; i++) {
            if (taken[i]) {
              answer.add(invoices.get(i));
            }
          }
          answers.add(answer);
        }
        return;
      }
      if (from == cents.length || restSum[from] < needed) {
        return;
      }
      if (cents[from] <= needed) {
        taken[from] = true;
        search(from + 1, needed - cents[from], count + 1);
        taken[from] = false;
      }
      search(from + 1, needed, count);
    }
  }
}
