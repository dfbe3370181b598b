package org.arhub.cashapp;

import java.util.Optional;
import java.util.Set;

/**
 * Identifies the paying customer: a known payer account, then the payer's own id in the advice,
 * then its name (equal after {@link CompanyName} normalisation, else clearly the most similar).
 * Invoice references that belong to one customer are the engine's fallback, because they need the
 * rules to run first.
 */
public final class CustomerIdentifier {
  private static final double SIMILAR_NAME = 0.75;

  private final OpenItemIndex index;

  public CustomerIdentifier(OpenItemIndex index) {
    this.index = index;
  }

  public CustomerMatch identify(IncomingPayment payment) {
    if (payment.payerAccount().isPresent()) {
      String account = payment.payerAccount().get();
      Optional<String> byAccount = index.customerByAccount(account);
      if (byAccount.isPresent()) {
        return CustomerMatch.of(
            byAccount.get(), "PAYER_ACCOUNT", "1", "payer account " + account + " is known");
      }
    }
    if (payment.payerId().isPresent() && index.customer(payment.payerId().get()).isPresent()) {
      String id = payment.payerId().get();
      return CustomerMatch.of(id, "PAYER_ID", "1", "the advice names payer id " + id);
    }
    return payment.payerName().map(this::byName).orElse(CustomerMatch.unknown("no payer given"));
  }

  private CustomerMatch byName(String name) {
    Set<String> equal = index.customersByName(name);
    if (equal.size() == 1) {
      String id = equal.iterator().next();
      return CustomerMatch.of(id, "NAME", "0.95", "payer name '" + name + "' is customer " + id);
    }
    if (equal.size() > 1) {
      return CustomerMatch.unknown("payer name '" + name + "' fits customers " + equal);
    }
    String best = null;
    double bestScore = 0;
    double second = 0;
    for (Customer customer : index.customersSharingAWord(name)) {
      double score = CompanyName.similarity(name, customer.name());
      if (score > bestScore) {
        second = bestScore;
        bestScore = score;
        best = customer.id();
      } else if (score > second) {
        second = score;
      }
    }
    if (best != null && bestScore >= SIMILAR_NAME && second < bestScore) {
      return CustomerMatch.of(
          best,
          "NAME_SIMILAR",
          "0.9",
          String.format("payer name '%s' is %.0f%% like customer %s", name, bestScore * 100, best));
    }
    return CustomerMatch.unknown("payer '" + name + "' is not a known customer");
  }
}
