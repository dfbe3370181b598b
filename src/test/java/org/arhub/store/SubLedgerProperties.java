package org.arhub.store;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.statistics.Statistics;
import org.arhub.cashapp.Allocation;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.InvoiceJournal;
import org.arhub.store.CashApplicationStoreTest.Rows;
import org.arhub.testsupport.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Any sequence of invoices, credit notes, payments, applications (with small write-offs and cash
 * left on account), unapplies and write-offs of unapplied cash, posted to a real PostgreSQL, keeps
 * every journal entry balanced, each customer's open balance equal to what the journal holds for
 * their invoices, and the sum over customers equal to the AR control balance.
 */
class SubLedgerProperties {
  private static final ChartOfAccounts CHART = ChartOfAccounts.standard();
  private static final List<String> CUSTOMERS = List.of("C1", "C2", "C3");

  sealed interface Event {}

  record Issue(int customer, int cents) implements Event {}

  record Credit(int customer, int cents) implements Event {}

  record Pay(int invoice, int percent) implements Event {}

  record Unmatched(int cents) implements Event {}

  record Unapply(int payment) implements Event {}

  record WriteOff(int payment) implements Event {}

  @Provide
  Arbitrary<List<Event>> events() {
    Arbitrary<Event> issue =
        Combinators.combine(
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(100, 50_000))
            .as(Issue::new);
    Arbitrary<Event> pay =
        Combinators.combine(
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(40, 130))
            .as(Pay::new);
    Arbitrary<Event> credit =
        Combinators.combine(
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(100, 20_000))
            .as(Credit::new);
    Arbitrary<Event> unmatched = Arbitraries.integers().between(1, 5_000).map(Unmatched::new);
    Arbitrary<Event> unapply = Arbitraries.integers().between(0, 20).map(Unapply::new);
    Arbitrary<Event> writeOff = Arbitraries.integers().between(0, 20).map(WriteOff::new);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, issue),
            net.jqwik.api.Tuple.of(1, credit),
            net.jqwik.api.Tuple.of(4, pay),
            net.jqwik.api.Tuple.of(1, unmatched),
            net.jqwik.api.Tuple.of(2, unapply),
            net.jqwik.api.Tuple.of(1, writeOff))
        .list()
        .ofMinSize(3)
        .ofMaxSize(12);
  }

  @Property(tries = 12)
  void everyEntryBalancesAndTheCustomersAddUpToTheControlAccount(
      @ForAll("events") List<Event> events) {
    DataSource db = TestDatabase.migratedDatabase("subledger_props");
    JdbcTemplate jdbc = new JdbcTemplate(db);
    DataSourceTransactionManager tx = new DataSourceTransactionManager(db);
    GeneralLedgerStore ledger = new GeneralLedgerStore(jdbc, tx);
    CashApplicationStore cash = new CashApplicationStore(jdbc, tx);
    Rows rows = new Rows(jdbc);
    CUSTOMERS.forEach(c -> rows.customer(c, "Customer " + c));
    List<String[]> invoices = new ArrayList<>();
    List<Long> payments = new ArrayList<>();
    int creditNotes = 0;
    List<Event> all = new ArrayList<>(List.of(new Issue(0, 11_900), new Issue(1, 5_000)));
    all.addAll(events);
    for (Event event : all) {
      if (event instanceof Issue issue) {
        String number = "INV-" + (invoices.size() + 1);
        String customer = CUSTOMERS.get(issue.customer());
        rows.invoice(number, customer, "EUR", cents(issue.cents()).toPlainString());
        invoices.add(new String[] {number, customer});
        assertThat(ledger.journalInvoices(new InvoiceJournal(CHART, "1000"), 100)).isEmpty();
      } else if (event instanceof Credit credit) {
        // a credit note is credit the customer has: never paid, it lowers the customer's balance
        Statistics.collect("credit note");
        jdbc.update(
            """
            insert into invoice(number, customer_id, currency, issue_date, due_date, amount, document_type)
            values (?, ?, 'EUR', date '2026-11-01', date '2026-11-01', ?, 'CREDIT_NOTE')""",
            "CN-" + (++creditNotes),
            CUSTOMERS.get(credit.customer()),
            cents(credit.cents()));
        assertThat(ledger.journalInvoices(new InvoiceJournal(CHART, "1000"), 100)).isEmpty();
      } else if (event instanceof Pay pay && !invoices.isEmpty()) {
        pay(cash, rows, invoices.get(pay.invoice() % invoices.size()), pay.percent())
            .ifPresent(payments::add);
      } else if (event instanceof Unmatched unmatched) {
        long payment = rows.payment(cents(unmatched.cents()).toPlainString());
        payments.add(payment);
        cash.record(
            payment,
            Optional.empty(),
            CashApplicationStoreTest.exception(rows.paymentId(payment), "no invoice fits"),
            "rules-1",
            "system");
      } else if (event instanceof Unapply unapply && !payments.isEmpty()) {
        long payment = payments.get(unapply.payment() % payments.size());
        if (List.of("APPLIED", "PARTIALLY_APPLIED", "ON_ACCOUNT").contains(status(jdbc, payment))) {
          Statistics.collect("unapplied");
          cash.unapply(payment, "accountant", "wrong invoice");
        }
      } else if (event instanceof WriteOff writeOff && !payments.isEmpty()) {
        long payment = payments.get(writeOff.payment() % payments.size());
        if (List.of("EXCEPTION", "UNAPPLIED", "PARTIALLY_APPLIED").contains(status(jdbc, payment))
            && rows.unapplied(payment).signum() > 0) {
          Statistics.collect("remainder written off");
          cash.writeOff(payment, "accountant", "bank charges");
        }
      }
    }

    // the sequences must actually apply cash, or the property proves nothing about applications
    Statistics.coverage(
        coverage -> {
          coverage.check("paid").count(n -> n >= 3);
          coverage.check("credit note").count(n -> n >= 1);
        });
    assertThat(rows.unbalancedEntries()).isEmpty();
    List<String> receivables = CHART.receivablesAccounts();
    assertThat(
            org.arhub.ledger.gl.CustomerBalances.check(
                ledger.customerFigures(receivables), ledger.controlBalances(receivables)))
        .isEmpty();
    BigDecimal open =
        jdbc.queryForObject(
            "select coalesce(sum(open_amount), 0) from invoice_balance", BigDecimal.class);
    assertThat(ledger.controlBalances(receivables).getOrDefault("EUR", BigDecimal.ZERO))
        .isEqualByComparingTo(open);
  }

  /**
   * Pays a percentage of the invoice's open amount: a short payment of up to 5.00 is written off, a
   * larger one leaves the rest open, an overpayment goes on the customer's account.
   */
  private static Optional<Long> pay(
      CashApplicationStore cash, Rows rows, String[] invoice, int percent) {
    BigDecimal open = rows.open(invoice[0]);
    if (open.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal paid =
        open.multiply(BigDecimal.valueOf(percent))
            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
            .max(new BigDecimal("0.01"));
    BigDecimal shortBy = open.subtract(paid);
    BigDecimal writeOff =
        shortBy.signum() > 0 && shortBy.compareTo(new BigDecimal("5.00")) <= 0
            ? shortBy
            : BigDecimal.ZERO;
    BigDecimal applied = paid.min(open);
    BigDecimal onAccount = paid.subtract(applied);
    long payment = rows.payment(paid.toPlainString());
    Statistics.collect(
        onAccount.signum() > 0 ? "overpaid" : writeOff.signum() > 0 ? "written off" : "paid");
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
                writeOff,
                BigDecimal.ZERO,
                Optional.empty(),
                Optional.empty())),
        "rules-1",
        "system");
    return Optional.of(payment);
  }

  private static String status(JdbcTemplate jdbc, long payment) {
    return jdbc.queryForObject(
        "select status from bank_payment where id = ?", String.class, payment);
  }

  private static BigDecimal cents(int cents) {
    return BigDecimal.valueOf(cents, 2);
  }
}
