package org.arhub.ledger;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads and validates a chart-of-accounts mapping. Every problem of the file is reported at once,
 * each naming the file and the key; an event with a role no fallback (and no rule for that event
 * alone) maps is an error naming the event, so the hub refuses to start rather than posting to an
 * account nobody chose.
 */
public final class ChartOfAccountsFile {
  private static final Set<String> TOP = Set.of("company", "fx", "accounts", "rules");
  private static final Set<String> SELECTORS =
      Set.of("event", "company", "currency", "customer_group", "tax_category", "tax_rate");

  private final String name;
  private final List<String> problems = new ArrayList<>();

  private ChartOfAccountsFile(String name) {
    this.name = name;
  }

  public static ChartOfAccounts read(String yaml, String name) {
    return new ChartOfAccountsFile(name).parse(yaml);
  }

  private ChartOfAccounts parse(String yaml) {
    Object root;
    try (Reader reader = new StringReader(yaml)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(
          name + ": expected a mapping with company, fx, accounts and rules");
    }
    map.keySet().stream()
        .map(String::valueOf)
        .filter(k -> !TOP.contains(k))
        .forEach(k -> problems.add("unknown key '" + k + "' (known: " + TOP + ")"));
    String company = text(map.get("company"), "company").orElse("default");
    FxPolicy fx = fx(map.get("fx"));
    Map<AccountRole, String> fallback = accounts(map.get("accounts"), "accounts");
    List<ChartOfAccounts.Rule> rules = rules(map.get("rules"));
    for (LedgerEvent event : LedgerEvent.values()) {
      for (AccountRole role : event.roles()) {
        boolean mapped =
            fallback.containsKey(role)
                || rules.stream()
                    .anyMatch(
                        r ->
                            r.accounts().containsKey(role)
                                && r.event().equals(Optional.of(event))
                                && r.specificity() == 1);
        if (!mapped) {
          problems.add(
              "event "
                  + event.key()
                  + " has no account for "
                  + role.key()
                  + " (set accounts."
                  + role.key()
                  + ", or a rule when: {event: "
                  + event.key()
                  + "})");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + ": " + String.join("; ", problems));
    }
    return new ChartOfAccounts(company, fallback, rules, fx);
  }

  private FxPolicy fx(Object value) {
    if (value == null) {
      return FxPolicy.none("EUR");
    }
    if (!(value instanceof Map<?, ?> fx)) {
      problems.add("fx: expected functional_currency and rate_source");
      return FxPolicy.none("EUR");
    }
    String currency = text(fx.get("functional_currency"), "fx.functional_currency").orElse("EUR");
    if (!currency.matches("[A-Z]{3}")) {
      problems.add("fx.functional_currency: '" + currency + "' is not an ISO 4217 code");
    }
    Optional<String> source =
        text(fx.get("rate_source"), "fx.rate_source").filter(s -> !s.equals("none"));
    return new FxPolicy(currency, source);
  }

  private Map<AccountRole, String> accounts(Object value, String where) {
    Map<AccountRole, String> accounts = new EnumMap<>(AccountRole.class);
    if (value == null) {
      return accounts;
    }
    if (!(value instanceof Map<?, ?> map)) {
      problems.add(where + ": expected a mapping of account roles to account numbers");
      return accounts;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      Optional<AccountRole> role = AccountRole.ofKey(key);
      if (role.isEmpty()) {
        problems.add(where + ": unknown account role '" + key + "' (known: " + roleKeys() + ")");
        continue;
      }
      text(e.getValue(), where + "." + key).ifPresent(a -> accounts.put(role.get(), a));
    }
    return accounts;
  }

  private List<ChartOfAccounts.Rule> rules(Object value) {
    List<ChartOfAccounts.Rule> rules = new ArrayList<>();
    if (value == null) {
      return rules;
    }
    if (!(value instanceof List<?> list)) {
      problems.add("rules: expected a list of {when, accounts}");
      return rules;
    }
    for (int i = 0; i < list.size(); i++) {
      String where = "rules[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> rule)
          || !(rule.get("when") instanceof Map<?, ?> when)) {
        problems.add(where + ": expected when: {...} and accounts: {...}");
        continue;
      }
      when.keySet().stream()
          .map(String::valueOf)
          .filter(k -> !SELECTORS.contains(k))
          .forEach(k -> problems.add(where + ".when: unknown selector '" + k + "'"));
      Optional<LedgerEvent> event =
          text(when.get("event"), where + ".when.event").flatMap(k -> event(k, where));
      Optional<String> group = text(when.get("customer_group"), where + ".when.customer_group");
      Map<AccountRole, String> accounts = accounts(rule.get("accounts"), where + ".accounts");
      if (accounts.isEmpty()) {
        problems.add(where + ": gives no accounts");
      }
      if (group.isPresent()) {
        accounts.keySet().stream()
            .filter(r -> !r.customerKnown())
            .forEach(
                r ->
                    problems.add(
                        where
                            + ": "
                            + r.key()
                            + " is posted before the customer is known and cannot depend on"
                            + " customer_group"));
      }
      rules.add(
          new ChartOfAccounts.Rule(
              event,
              text(when.get("company"), where + ".when.company"),
              text(when.get("currency"), where + ".when.currency"),
              group,
              text(when.get("tax_category"), where + ".when.tax_category"),
              rate(when.get("tax_rate"), where + ".when.tax_rate"),
              accounts));
    }
    return rules;
  }

  private Optional<LedgerEvent> event(String key, String where) {
    Optional<LedgerEvent> event = LedgerEvent.ofKey(key);
    if (event.isEmpty()) {
      problems.add(where + ".when.event: unknown event '" + key + "'");
    }
    return event;
  }

  private Optional<BigDecimal> rate(Object value, String where) {
    return text(value, where)
        .flatMap(
            t -> {
              try {
                return Optional.of(new BigDecimal(t));
              } catch (NumberFormatException e) {
                problems.add(where + ": '" + t + "' is not a number");
                return Optional.empty();
              }
            });
  }

  private Optional<String> text(Object value, String where) {
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String || value instanceof Number) || String.valueOf(value).isBlank()) {
      problems.add(where + ": expected a value, found '" + value + "'");
      return Optional.empty();
    }
    return Optional.of(String.valueOf(value).trim());
  }

  private static List<String> roleKeys() {
    return Arrays.stream(AccountRole.values()).map(AccountRole::key).toList();
  }
}
