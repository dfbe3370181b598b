package org.arhub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.arhub.cashapp.Allocation;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.InvoiceJournal;
import org.arhub.ledger.gl.CustomerBalances;
import org.arhub.model.Money;
import org.arhub.store.CashApplicationStoreTest.Rows;
import org.arhub.testsupport.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * {@link SubLedgerProperties} with deductions moved to dispute, disputes closed, overpayments left
 * on account and refunded (some for more than there is), and unapplies: every journal entry
 * balances, each customer's open balance equals what receivables and disputed receivables hold for
 * its invoices, the sum over customers equals the AR control balance (receivables and disputes),
 * and no customer's on-account balance is ever negative and it equals the on-account account.
 */
class SubLedgerDisputeRefundProperties {
  private static final ChartOfAccounts CHART = ChartOfAccounts.standard();
  private static final List<String> CUSTOMERS = List.of("C1", "C2", "C3");

  sealed interface Event {}

  record Issue(int customer, int cents) implements Event {}

  /** Pays a percentage of an invoice's open amount; {@code deducts}: the shortfall is disputed. */
  record Pay(int invoice, int percent, boolean deducts) implements Event {}

  record Unapply(int payment) implements Event {}

  record CloseDispute(int dispute, boolean resolved) implements Event {}

  /** Refunds a percentage of the customer's on-account balance; over 100 must be refused. */
  record Refund(int customer, int percent) implements Event {}

  @Provide
  Arbitrary<List<Event>> events() {
    Arbitrary<Event> issue =
        Combinators.combine(
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(100, 50_000))
            .as(Issue::new);
    Arbitrary<Event> pay =
        Combinators.combine(
                Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(40, 140),
                Arbitraries.of(true, false))
            .as(Pay::new);
    Arbitrary<Event> unapply = Arbitraries.integers().between(0, 20).map(Unapply::new);
    Arbitrary<Event> close =
        Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.of(true, false))
            .as(CloseDispute::new);
    Arbitrary<Event> refund =
        Combinators.combine(
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(10, 150))
            .as(Refund::new);
    return Arbitraries.frequencyOf(
            Tuple.of(3, issue),
            Tuple.of(5, pay),
            Tuple.of(2, unapply),
            Tuple.of(2, close),
            Tuple.of(3, refund))
        .list()
        .ofMinSize(4)
        .ofMaxSize(14);
  }

  @Property(tries = 12)
  void disputesAndRefundsKeepTheSubLedgerWhole(@ForAll("events") List<Event> events) {
    DataSource db = TestDatabase.migratedDatabase("subledger_dr_props");
    JdbcTemplate jdbc = new JdbcTemplate(db);
    DataSourceTransactionManager tx = new DataSourceTransactionManager(db);
    GeneralLedgerStore ledger = new GeneralLedgerStore(jdbc, tx);
    CashApplicationStore cash = new CashApplicationStore(jdbc, tx);
    DisputeStore disputes = new DisputeStore(jdbc, tx);
    RefundStore refunds = new RefundStore(jdbc, tx);
    Rows rows = new Rows(jdbc);
    CUSTOMERS.forEach(c -> rows.customer(c, "Customer " + c));
    List<String[]> invoices = new ArrayList<>();
    List<Long> payments = new ArrayList<>();
    // every sequence starts with a deduction disputed, an overpayment and a refund of part of it,
    // so that each try has something on disputed receivables and on account to work on
    List<Event> all =
        new ArrayList<>(
            List.of(
                new Issue(0, 11_900),
                new Issue(1, 5_000),
                new Pay(0, 80, true),
                new Pay(1, 130, false),
                new Refund(1, 50)));
    all.addAll(events);
    int step = 0;
    for (Event event : all) {
      step++;
      if (event instanceof Issue issue) {
        String number = "INV-" + (invoices.size() + 1);
        String customer = CUSTOMERS.get(issue.customer());
        rows.invoice(number, customer, "EUR", cents(issue.cents()).toPlainString());
        invoices.add(new String[] {number, customer});
        assertThat(ledger.journalInvoices(new InvoiceJournal(CHART, "1000"), 100)).isEmpty();
      } else if (event instanceof Pay pay && !invoices.isEmpty()) {
        pay(cash, rows, invoices.get(pay.invoice() % invoices.size()), pay)
            .ifPresent(payments::add);
      } else if (event instanceof Unapply unapply && !payments.isEmpty()) {
        long payment = payments.get(unapply.payment() % payments.size());
        if (List.of("APPLIED", "PARTIALLY_APPLIED", "ON_ACCOUNT").contains(status(jdbc, payment))) {
          unapply(cash, jdbc, payment);
        }
      } else if (event instanceof CloseDispute close) {
        List<Long> open =
            jdbc.queryForList(
                "select id from dispute where status = 'OPEN' order by id", Long.class);
        if (!open.isEmpty()) {
          Statistics.collect("dispute closed");
          disputes.close(
              open.get(close.dispute() % open.size()),
              close.resolved() ? DisputeStore.Outcome.RESOLVED : DisputeStore.Outcome.REJECTED,
              "accountant",
              "settled with the customer");
        }
      } else if (event instanceof Refund refund) {
        refund(refunds, CUSTOMERS.get(refund.customer()), refund.percent(), "R" + step);
      }
    }

    assertThat(rows.unbalancedEntries()).isEmpty();
    List<String> control = CHART.arControlAccounts();
    assertThat(
            CustomerBalances.check(
                ledger.customerFigures(control), ledger.controlBalances(control)))
        .isEmpty();
    BigDecimal open =
        jdbc.queryForObject(
            "select coalesce(sum(open_amount), 0) from invoice_balance", BigDecimal.class);
    assertThat(ledger.controlBalances(control).getOrDefault("EUR", BigDecimal.ZERO))
        .isEqualByComparingTo(open);
    // what open disputes hold is exactly what disputed receivables hold
    assertThat(balance(jdbc, "1150"))
        .isEqualByComparingTo(
            jdbc.queryForObject(
                "select coalesce(sum(amount), 0) from dispute where status = 'OPEN'",
                BigDecimal.class));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from customer_on_account_balance where balance < 0",
                Integer.class))
        .isZero();
    assertThat(balance(jdbc, "2410").negate())
        .isEqualByComparingTo(
            jdbc.queryForObject(
                "select coalesce(sum(balance), 0) from customer_on_account_balance",
                BigDecimal.class));
  }

  /** Unapplies; refused by the database when the payment's on-account cash was refunded. */
  private static void unapply(CashApplicationStore cash, JdbcTemplate jdbc, long payment) {
    long before = jdbc.queryForObject("select count(*) from journal_entry", Long.class);
    try {
      cash.unapply(payment, "accountant", "wrong invoice");
      Statistics.collect("unapplied");
    } catch (RuntimeException e) {
      Statistics.collect("unapply refused: refunded");
      assertThat(rootMessage(e)).contains("was refunded");
      assertThat(jdbc.queryForObject("select count(*) from journal_entry", Long.class))
          .isEqualTo(before);
    }
  }

  private static void refund(RefundStore refunds, String customer, int percent, String key) {
    BigDecimal balance = refunds.onAccountBalance(customer, "EUR");
    BigDecimal amount =
        balance
            .multiply(BigDecimal.valueOf(percent))
            .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)
            .max(new BigDecimal("0.01"));
    if (amount.compareTo(balance) > 0) {
      Statistics.collect("refund refused");
      assertThatThrownBy(
              () ->
                  refunds.refund(customer, Money.of(amount.toPlainString(), "EUR"), "x", key, "a"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("on account: cannot refund");
      assertThat(refunds.onAccountBalance(customer, "EUR")).isEqualByComparingTo(balance);
    } else {
      Statistics.collect("refunded");
      Money money = Money.of(amount.toPlainString(), "EUR");
      refunds.refund(customer, money, "customer asked", key, "accountant");
      // a retry of the same request pays nothing more
      assertThat(refunds.refund(customer, money, "customer asked", key, "accountant").replayed())
          .isTrue();
      assertThat(refunds.onAccountBalance(customer, "EUR"))
          .isEqualByComparingTo(balance.subtract(amount));
    }
  }

  /**
   * Pays a percentage of the invoice's open amount: an overpayment goes on the customer's account;
   * a short payment leaves the rest open, disputed when the payer deducted it.
   */
  private static Optional<Long> pay(CashApplicationStore cash, Rows rows, String[] invoice, Pay p) {
    BigDecimal open = rows.open(invoice[0]);
    if (open.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal paid =
        open.multiply(BigDecimal.valueOf(p.percent()))
            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
            .max(new BigDecimal("0.01"));
    BigDecimal applied = paid.min(open);
    BigDecimal onAccount = paid.subtract(applied);
    BigDecimal disputed = p.deducts() ? open.subtract(applied) : BigDecimal.ZERO;
    Statistics.collect(
        onAccount.signum() > 0
            ? "overpaid"
            : disputed.signum() > 0 ? "deduction disputed" : "partly paid");
    long payment = rows.payment(paid.toPlainString());
    cash.record(
        payment,
        Optional.empty(),
        CashApplicationStoreTest.applied(
            rows.paymentId(payment),
            invoice[1],
            onAccount.toPlainString(),
            new Allocation(
                invoice[0],
                invoice[1],
                applied,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                disputed,
                disputed.signum() > 0 ? Optional.of("x12:01 pricing") : Optional.empty(),
                Optional.empty())),
        "rules-1",
        "system");
    return Optional.of(payment);
  }

  private static BigDecimal balance(JdbcTemplate jdbc, String account) {
    return jdbc.queryForObject(
        "select coalesce(sum(debit - credit), 0) from journal_line where account = ?",
        BigDecimal.class,
        account);
  }

  private static String status(JdbcTemplate jdbc, long payment) {
    return jdbc.queryForObject(
        "select status from bank_payment where id = ?", String.class, payment);
  }

  private static String rootMessage(Throwable t) {
    StringBuilder messages = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      messages.append(c.getMessage()).append(" | ");
    }
    return messages.toString();
  }

  private static BigDecimal cents(int cents) {
    return BigDecimal.valueOf(cents, 2);
  }
}
