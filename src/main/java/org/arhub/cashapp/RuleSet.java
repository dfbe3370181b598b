package org.arhub.cashapp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned cash-application configuration (mappings/cashapp/rules.yaml): the rules in the order
 * they run, the confidence at or above which a decision is applied without a person, the settlement
 * policy, and the policies of customer groups that settle differently.
 */
public record RuleSet(
    String version,
    List<MatchingRule> rules,
    BigDecimal autoApplyThreshold,
    SettlementPolicy policy,
    Map<String, SettlementPolicy> groupPolicies) {
  public RuleSet {
    rules = List.copyOf(rules);
    groupPolicies = Map.copyOf(groupPolicies);
  }

  public RuleSet(
      String version,
      List<MatchingRule> rules,
      BigDecimal autoApplyThreshold,
      SettlementPolicy policy) {
    this(version, rules, autoApplyThreshold, policy, Map.of());
  }

  /** The policy of a customer group, else the default one. */
  public SettlementPolicy policyFor(Optional<String> group) {
    return group.map(groupPolicies::get).orElse(policy);
  }
}
