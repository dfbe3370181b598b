package org.arhub.cashapp;

import java.math.BigDecimal;
import java.util.List;

/**
 * A versioned cash-application configuration (mappings/cashapp/rules.yaml): the rules in the order
 * they run, the confidence at or above which a decision is applied without a person, and the
 * settlement policy.
 */
public record RuleSet(
    String version,
    List<MatchingRule> rules,
    BigDecimal autoApplyThreshold,
    SettlementPolicy policy) {
  public RuleSet {
    rules = List.copyOf(rules);
  }
}
