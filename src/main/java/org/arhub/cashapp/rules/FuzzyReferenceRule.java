package org.arhub.cashapp.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.arhub.cashapp.Claim;
import org.arhub.cashapp.MatchContext;
import org.arhub.cashapp.MatchingRule;
import org.arhub.cashapp.OpenInvoice;
import org.arhub.cashapp.OpenItemIndex;
import org.arhub.cashapp.Proposal;
import org.arhub.cashapp.ReferenceKey;
import org.arhub.cashapp.ReferenceTokens;

/**
 * A reference one typo away (one character wrong, missing, extra, or two swapped) from an open
 * invoice, accepted only when the amount settles that invoice in full: a typo alone is not enough.
 */
public final class FuzzyReferenceRule implements MatchingRule {
  static final BigDecimal CONFIDENCE = new BigDecimal("0.88");
  static final BigDecimal AMBIGUOUS = new BigDecimal("0.50");
  private static final int MIN_KEY_LENGTH = 4;

  @Override
  public String name() {
    return "FUZZY_REFERENCE";
  }

  @Override
  public List<Proposal> propose(MatchContext context) {
    Set<String> references = new LinkedHashSet<>();
    context.payment().creditorReference().map(ExactReferenceRule::body).ifPresent(references::add);
    context.payment().lines().forEach(l -> references.add(l.reference()));
    context.payment().texts().forEach(t -> references.addAll(ReferenceTokens.in(t)));
    Set<OpenInvoice> found = new LinkedHashSet<>();
    List<String> evidence = new ArrayList<>();
    for (String reference : references) {
      for (OpenInvoice invoice : fitting(context, reference, context.amount())) {
        if (found.add(invoice)) {
          evidence.add(
              "'"
                  + reference
                  + "' is one typo from "
                  + invoice.number()
                  + " and the amount settles it");
        }
      }
    }
    BigDecimal confidence = found.size() == 1 ? CONFIDENCE : AMBIGUOUS;
    return found.stream()
        .limit(5)
        .map(i -> new Proposal(name(), List.of(Claim.of(i, "typo")), confidence, true, evidence))
        .toList();
  }

  /** The one open invoice one edit from {@code reference} that {@code paid} settles, if unique. */
  static Optional<OpenInvoice> oneEditAway(
      MatchContext context, String reference, BigDecimal paid) {
    List<OpenInvoice> fitting = fitting(context, reference, paid);
    return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
  }

  /**
   * Whether the reference as written names an invoice the payer may mean. An invoice of an
   * unrelated customer, when the payer is known by its account, is read as a typo instead.
   */
  private static boolean namesARealInvoiceOfThePayer(MatchContext context, String key) {
    List<OpenInvoice> named = context.index().resolve(key);
    if (named.isEmpty()) {
      return false;
    }
    if (!context.customer().isStrong()) {
      return true;
    }
    String payer = context.customer().customerId().orElseThrow();
    return named.stream()
        .anyMatch(
            i -> context.index().relation(payer, i.customerId()) != OpenItemIndex.Relation.NONE);
  }

  private static List<OpenInvoice> fitting(
      MatchContext context, String reference, BigDecimal paid) {
    String key = ReferenceKey.of(reference);
    if (key.length() < MIN_KEY_LENGTH || namesARealInvoiceOfThePayer(context, key)) {
      // too short to tell a typo from another number, or it names a real invoice as written
      return List.of();
    }
    Set<OpenInvoice> pool =
        new LinkedHashSet<>(context.index().openWithAmount(context.payment().currency(), paid));
    pool.addAll(context.customerOpenInvoices());
    List<OpenInvoice> fitting = new ArrayList<>();
    for (OpenInvoice invoice : pool) {
      if (ReferenceKey.withinOneEdit(key, ReferenceKey.of(invoice.number()))
          && context.policy().confirms(invoice, paid, context.payment().date())) {
        fitting.add(invoice);
      }
    }
    return fitting;
  }
}
