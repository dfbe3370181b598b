package org.arhub.cashapp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.arhub.cashapp.Decision.Outcome;

/**
 * Decides, payment by payment, which invoices a payment pays. It identifies the customer, asks the
 * rules in order until one proposes an answer, checks that answer against the customer and the
 * amounts, and applies it when its confidence reaches the threshold and nothing is ambiguous; else
 * the payment becomes an exception with the ranked candidates. Applied decisions lower the open
 * amounts in the {@link OpenItemIndex}, so the next payment sees them.
 */
public final class CashApplicationEngine {
  private static final BigDecimal RELATED_PAYER = new BigDecimal("0.95");
  private static final BigDecimal UNCONFIRMED_PARTIAL = new BigDecimal("0.85");
  private static final BigDecimal NAME_AGAINST_REFERENCE = new BigDecimal("0.60");
  private static final BigDecimal SPREAD_OVER_CUSTOMERS = new BigDecimal("0.70");

  private final RuleSet ruleSet;
  private final OpenItemIndex index;
  private final CustomerIdentifier identifier;

  public CashApplicationEngine(RuleSet ruleSet, OpenItemIndex index) {
    this.ruleSet = ruleSet;
    this.index = index;
    this.identifier = new CustomerIdentifier(index);
  }

  public Decision decide(IncomingPayment payment) {
    CustomerMatch customer = identifier.identify(payment);
    Optional<String> group =
        customer.customerId().flatMap(index::customer).flatMap(Customer::group);
    SettlementPolicy policy = ruleSet.policyFor(group);
    MatchContext context = new MatchContext(payment, customer, index, policy);
    List<String> evidence = new ArrayList<>();
    evidence.add(customer.evidence());
    if (policy != ruleSet.policy()) {
      evidence.add("settlement policy of customer group " + group.get());
    }
    List<Evaluation> candidates = new ArrayList<>();
    String reason = "no rule found an invoice";
    boolean namedAnotherCustomersInvoice = false;
    for (MatchingRule rule : ruleSet.rules()) {
      List<Proposal> proposals = rule.propose(context);
      if (proposals.isEmpty()) {
        continue;
      }
      List<Evaluation> evaluated = proposals.stream().map(p -> evaluate(context, p)).toList();
      Evaluation best = evaluated.get(0);
      evidence.addAll(best.proposal().evidence());
      boolean byAmountOnly =
          best.proposal().claims().stream().allMatch(c -> "amount".equals(c.matchedOn()));
      if (evaluated.size() == 1
          && best.applicable(ruleSet.autoApplyThreshold())
          && !(namedAnotherCustomersInvoice && byAmountOnly)) {
        evidence.add("amounts: " + String.join(", ", best.settlement().fit()));
        return apply(payment, best, evidence);
      }
      candidates.addAll(evaluated);
      if (best.refusal().isPresent() && best.endsSearch()) {
        // another currency, already paid, an advice that does not add up: for a person
        return exception(payment, customer, candidates, best.refusal().get(), evidence);
      }
      if (best.refusal().isPresent()) {
        // another customer's invoice: never applied; a later rule may still find the payer's own
        reason = best.refusal().get();
        namedAnotherCustomersInvoice = true;
        continue;
      }
      if (evaluated.size() > 1 && !best.proposal().amountConfirmed()) {
        return exception(
            payment,
            customer,
            candidates,
            rule.name() + " found " + evaluated.size() + " equally good answers",
            evidence);
      }
      if (!namedAnotherCustomersInvoice) {
        reason =
            evaluated.size() > 1
                ? rule.name() + " found " + evaluated.size() + " equally good answers"
                : rule.name()
                    + " confidence "
                    + best.confidence()
                    + " is below "
                    + ruleSet.autoApplyThreshold();
      }
    }
    return exception(payment, customer, candidates, reason, evidence);
  }

  private Evaluation evaluate(MatchContext context, Proposal proposal) {
    List<Claim> open = proposal.claims().stream().filter(c -> c.invoice().isOpen()).toList();
    if (open.isEmpty()) {
      return Evaluation.refused(
          proposal, "invoice(s) " + proposal.invoiceNumbers() + " already settled");
    }
    BigDecimal confidence = proposal.confidence();
    List<String> owners = open.stream().map(c -> c.invoice().customerId()).distinct().toList();
    CustomerMatch customer = context.customer();
    String payer = customer.customerId().orElse(owners.get(0));
    for (String owner : owners) {
      OpenItemIndex.Relation relation = index.relation(payer, owner);
      if (relation == OpenItemIndex.Relation.RELATED) {
        confidence = confidence.multiply(RELATED_PAYER);
      } else if (relation == OpenItemIndex.Relation.NONE && customer.isStrong()) {
        return Evaluation.conflict(
            proposal, "invoice of customer " + owner + ", but the payer is customer " + payer);
      } else if (relation == OpenItemIndex.Relation.NONE && customer.isKnown()) {
        confidence = confidence.multiply(NAME_AGAINST_REFERENCE);
      } else if (relation == OpenItemIndex.Relation.NONE) {
        confidence = confidence.multiply(SPREAD_OVER_CUSTOMERS);
      }
    }
    Settlement settlement = context.policy().settle(context.payment(), open);
    if (settlement.isRefused()) {
      return Evaluation.refused(proposal, settlement.refusal().get());
    }
    boolean partial = settlement.fit().contains("partial") || settlement.fit().contains("overpaid");
    if (partial && !proposal.amountConfirmed() && !customer.isKnown()) {
      // a reference alone, with amounts that do not fit and nobody to confirm who paid
      confidence = confidence.multiply(UNCONFIRMED_PARTIAL);
    }
    return new Evaluation(
        proposal,
        settlement,
        payer,
        confidence.setScale(3, RoundingMode.HALF_DOWN),
        Optional.empty());
  }

  private Decision apply(IncomingPayment payment, Evaluation chosen, List<String> evidence) {
    for (Allocation allocation : chosen.settlement().allocations()) {
      index.settle(allocation.invoiceNumber(), allocation.settled());
    }
    return new Decision(
        payment.paymentId(),
        Outcome.APPLIED,
        Optional.of(chosen.payer()),
        chosen.proposal().rule(),
        chosen.confidence(),
        chosen.settlement().allocations(),
        chosen.settlement().onAccount(),
        Optional.empty(),
        List.of(),
        evidence);
  }

  private static Decision exception(
      IncomingPayment payment,
      CustomerMatch customer,
      List<Evaluation> evaluated,
      String reason,
      List<String> evidence) {
    List<Candidate> candidates =
        evaluated.stream()
            .sorted(Comparator.comparing(Evaluation::confidence).reversed())
            .map(Evaluation::candidate)
            .toList();
    return new Decision(
        payment.paymentId(),
        Outcome.EXCEPTION,
        customer.customerId(),
        candidates.isEmpty() ? "NONE" : candidates.get(0).rule(),
        candidates.isEmpty() ? BigDecimal.ZERO : candidates.get(0).confidence(),
        List.of(),
        BigDecimal.ZERO,
        Optional.of(reason),
        candidates,
        evidence);
  }

  /** A proposal checked against the customer and the amounts. */
  private record Evaluation(
      Proposal proposal,
      Settlement settlement,
      String payer,
      BigDecimal confidence,
      Optional<String> refusal,
      boolean endsSearch) {
    Evaluation(
        Proposal proposal,
        Settlement settlement,
        String payer,
        BigDecimal confidence,
        Optional<String> refusal) {
      this(proposal, settlement, payer, confidence, refusal, true);
    }

    static Evaluation refused(Proposal proposal, String why) {
      return new Evaluation(
          proposal, Settlement.refused(why), "", BigDecimal.ZERO, Optional.of(why), true);
    }

    /** The proposal names another customer's invoice: refused, but not the end of the search. */
    static Evaluation conflict(Proposal proposal, String why) {
      return new Evaluation(
          proposal, Settlement.refused(why), "", BigDecimal.ZERO, Optional.of(why), false);
    }

    boolean applicable(BigDecimal threshold) {
      return refusal.isEmpty() && confidence.compareTo(threshold) >= 0;
    }

    Candidate candidate() {
      return new Candidate(
          proposal.rule(), proposal.invoiceNumbers(), confidence, proposal.evidence(), refusal);
    }
  }
}
