package org.arhub.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chart-of-accounts mapping of the AR sub-ledger (mappings/ledger/ar-accounts.yaml): a fallback
 * account per role, and rules that choose another account by event, company, currency, customer
 * group, tax category and rate. The most specific matching rule wins (the one naming the most
 * selectors; on a tie, the first in the file). Built by {@link ChartOfAccountsFile}, which refuses
 * a chart that leaves any role of any event without an account.
 */
public final class ChartOfAccounts implements AccountMap {
  public static final String FILE = "mappings/ledger/ar-accounts.yaml";

  /** One rule: the selectors it requires and the accounts it gives. */
  public record Rule(
      Optional<LedgerEvent> event,
      Optional<String> company,
      Optional<String> currency,
      Optional<String> customerGroup,
      Optional<String> taxCategory,
      Optional<BigDecimal> taxRate,
      Map<AccountRole, String> accounts) {
    public Rule {
      accounts = Map.copyOf(accounts);
    }

    int specificity() {
      return (event.isPresent() ? 1 : 0)
          + (company.isPresent() ? 1 : 0)
          + (currency.isPresent() ? 1 : 0)
          + (customerGroup.isPresent() ? 1 : 0)
          + (taxCategory.isPresent() ? 1 : 0)
          + (taxRate.isPresent() ? 1 : 0);
    }

    boolean matches(LedgerEvent e, String defaultCompany, PostingContext c) {
      return event.map(e::equals).orElse(true)
          && company.map(c.company().orElse(defaultCompany)::equals).orElse(true)
          && currency.map(c.currency()::equals).orElse(true)
          && customerGroup.map(g -> c.customerGroup().map(g::equals).orElse(false)).orElse(true)
          && taxCategory.map(t -> c.taxCategory().map(t::equals).orElse(false)).orElse(true)
          && taxRate.map(r -> c.taxRate().map(x -> x.compareTo(r) == 0).orElse(false)).orElse(true);
    }
  }

  private final String company;
  private final Map<AccountRole, String> fallback;
  private final List<Rule> rules;
  private final FxPolicy fx;

  ChartOfAccounts(
      String company, Map<AccountRole, String> fallback, List<Rule> rules, FxPolicy fx) {
    this.company = company;
    this.fallback = fallback.isEmpty() ? Map.of() : new EnumMap<>(fallback);
    this.rules = List.copyOf(rules);
    this.fx = fx;
  }

  /** The chart shipped in the jar. */
  public static ChartOfAccounts standard() {
    try (InputStream in = ChartOfAccounts.class.getResourceAsStream("/" + FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is not on the class path");
      }
      return ChartOfAccountsFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), FILE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + FILE + ": " + e.getMessage(), e);
    }
  }

  /** The company code postings are made for unless the context names another. */
  public String company() {
    return company;
  }

  public FxPolicy fx() {
    return fx;
  }

  @Override
  public String account(LedgerEvent event, AccountRole role, PostingContext context) {
    Rule best = null;
    for (Rule rule : rules) {
      if (rule.accounts().containsKey(role)
          && rule.matches(event, company, context)
          && (best == null || rule.specificity() > best.specificity())) {
        best = rule;
      }
    }
    if (best != null) {
      return best.accounts().get(role);
    }
    String account = fallback.get(role);
    if (account == null) {
      // the file reader proves every event's roles have a fallback; this is a programming error
      throw new IllegalStateException(
          FILE + ": event " + event.key() + " has no account for " + role.key());
    }
    return account;
  }

  /** The accounts cash application posts to when nothing more specific applies. */
  public ArAccounts cashApplicationAccounts() {
    PostingContext none = PostingContext.of("XXX");
    return new ArAccounts(
        account(LedgerEvent.CASH_RECEIVED, AccountRole.BANK, none),
        account(LedgerEvent.APPLICATION, AccountRole.RECEIVABLES, none),
        account(LedgerEvent.CASH_RECEIVED, AccountRole.UNAPPLIED_CASH, none),
        account(LedgerEvent.ON_ACCOUNT, AccountRole.ON_ACCOUNT, none),
        account(LedgerEvent.APPLICATION, AccountRole.DISCOUNTS_ALLOWED, none),
        account(LedgerEvent.APPLICATION, AccountRole.WRITE_OFFS, none),
        account(LedgerEvent.DISPUTE, AccountRole.DISPUTES, none));
  }

  /**
   * Every account the AR control balance is kept on: the receivables accounts of all rules and the
   * fallback.
   */
  public List<String> receivablesAccounts() {
    List<String> accounts = new ArrayList<>();
    accounts.add(fallback.get(AccountRole.RECEIVABLES));
    for (Rule rule : rules) {
      String account = rule.accounts().get(AccountRole.RECEIVABLES);
      if (account != null && !accounts.contains(account)) {
        accounts.add(account);
      }
    }
    return accounts;
  }

  /**
   * The accounts a customer's open invoices are on: the receivables accounts and the disputed
   * receivables accounts a deduction is moved to while it is disputed. Customer reconciliation and
   * the AR control balance add them up.
   */
  public List<String> arControlAccounts() {
    List<String> accounts = new ArrayList<>(receivablesAccounts());
    List<String> disputes = new ArrayList<>();
    disputes.add(fallback.get(AccountRole.DISPUTES));
    rules.forEach(rule -> disputes.add(rule.accounts().get(AccountRole.DISPUTES)));
    disputes.stream()
        .filter(a -> a != null && !accounts.contains(a))
        .distinct()
        .forEach(accounts::add);
    return accounts;
  }
}
