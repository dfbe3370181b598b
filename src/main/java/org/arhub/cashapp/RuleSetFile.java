package org.arhub.cashapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.arhub.cashapp.rules.ExactReferenceRule;
import org.arhub.cashapp.rules.FuzzyReferenceRule;
import org.arhub.cashapp.rules.RemittanceLinesRule;
import org.arhub.cashapp.rules.SubsetSumRule;
import org.arhub.cashapp.rules.TextReferenceRule;
import org.arhub.cashapp.rules.UniqueAmountRule;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a rule set (mappings/cashapp/rules.yaml). Every problem is named with the file and key, so
 * a bad edit stops the start with a reason instead of matching differently.
 */
public final class RuleSetFile {
  /** The rules by the names the file uses. */
  static final Map<String, Supplier<MatchingRule>> RULES = new LinkedHashMap<>();

  static {
    RULES.put("EXACT_REFERENCE", ExactReferenceRule::new);
    RULES.put("REMITTANCE_LINES", RemittanceLinesRule::new);
    RULES.put("TEXT_REFERENCE", TextReferenceRule::new);
    RULES.put("UNIQUE_AMOUNT", UniqueAmountRule::new);
    RULES.put("SUBSET_SUM", SubsetSumRule::new);
    RULES.put("FUZZY_REFERENCE", FuzzyReferenceRule::new);
  }

  private RuleSetFile() {}

  /** The rule set shipped in the jar (mappings/cashapp/rules.yaml). */
  public static RuleSet standard() {
    try (InputStream in = RuleSetFile.class.getResourceAsStream("/mappings/cashapp/rules.yaml")) {
      if (in == null) {
        throw new IllegalStateException("mappings/cashapp/rules.yaml is not on the class path");
      }
      return read(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), "mappings/cashapp/rules.yaml");
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read mappings/cashapp/rules.yaml: " + e.getMessage(), e);
    }
  }

  public static RuleSet read(String yaml, String name) {
    Object root;
    try (Reader reader = new StringReader(yaml)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(
          name + ": expected a mapping with version, rules, settlement");
    }
    List<String> problems = new ArrayList<>();
    String version = String.valueOf(map.get("version"));
    if (map.get("version") == null) {
      problems.add("version: missing");
    }
    BigDecimal threshold = decimal(map.get("autoApplyThreshold"), "autoApplyThreshold", problems);
    if (threshold != null && (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0)) {
      problems.add("autoApplyThreshold: " + threshold + " is not in (0, 1]");
    }
    List<MatchingRule> rules = new ArrayList<>();
    if (map.get("rules") instanceof List<?> names && !names.isEmpty()) {
      for (Object ruleName : names) {
        Supplier<MatchingRule> rule = RULES.get(String.valueOf(ruleName));
        if (rule == null) {
          problems.add("rules: unknown rule '" + ruleName + "' (known: " + RULES.keySet() + ")");
        } else {
          rules.add(rule.get());
        }
      }
    } else {
      problems.add("rules: expected a non-empty list of rule names");
    }
    SettlementPolicy policy = settlement(map.get("settlement"), "settlement", null, problems);
    Map<String, SettlementPolicy> groups = new LinkedHashMap<>();
    if (map.get("settlement") instanceof Map<?, ?> settlement
        && settlement.get("groups") instanceof Map<?, ?> declared
        && policy != null) {
      declared.forEach(
          (group, section) -> {
            SettlementPolicy override =
                settlement(section, "settlement.groups." + group, policy, problems);
            if (override != null) {
              groups.put(String.valueOf(group), override);
            }
          });
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + ": " + String.join("; ", problems));
    }
    return new RuleSet(version, rules, threshold, policy, groups);
  }

  /**
   * A settlement section; with a {@code base}, keys left out keep the base's values (a customer
   * group states only what it does differently).
   */
  private static SettlementPolicy settlement(
      Object section, String key, SettlementPolicy base, List<String> problems) {
    if (!(section instanceof Map<?, ?> settlement)) {
      problems.add(key + ": missing");
      return null;
    }
    Map<String, BigDecimal> tolerance = new LinkedHashMap<>();
    if (base != null && !settlement.containsKey("toleranceAmount")) {
      tolerance.putAll(base.toleranceAmount());
    } else if (settlement.get("toleranceAmount") instanceof Map<?, ?> amounts
        && amounts.containsKey("*")) {
      amounts.forEach(
          (currency, amount) -> {
            BigDecimal value = decimal(amount, key + ".toleranceAmount." + currency, problems);
            if (value != null) {
              tolerance.put(String.valueOf(currency), value);
            }
          });
    } else {
      problems.add(key + ".toleranceAmount: expected a mapping of currency to amount with \"*\"");
    }
    BigDecimal percent =
        base != null && !settlement.containsKey("tolerancePercent")
            ? base.tolerancePercent()
            : decimal(settlement.get("tolerancePercent"), key + ".tolerancePercent", problems);
    Object grace =
        base != null && !settlement.containsKey("discountGraceDays")
            ? Integer.valueOf(base.discountGraceDays())
            : settlement.get("discountGraceDays");
    if (!(grace instanceof Integer days) || days < 0) {
      problems.add(key + ".discountGraceDays: expected a whole number of days >= 0");
      return null;
    }
    return new SettlementPolicy(tolerance, percent, days);
  }

  private static BigDecimal decimal(Object value, String key, List<String> problems) {
    try {
      return new BigDecimal(String.valueOf(value));
    } catch (NumberFormatException e) {
      problems.add(key + ": '" + value + "' is not a number");
      return null;
    }
  }
}
