package org.arhub.store;

import static org.arhub.store.CashApplicationStoreTest.allocation;
import static org.arhub.store.CashApplicationStoreTest.applied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.InvoiceJournal;
import org.arhub.ledger.gl.CustomerBalances;
import org.arhub.ledger.gl.CustomerBalances.BreakKind;
import org.arhub.store.CashApplicationStore.ManualAllocation;
import org.arhub.store.CashApplicationStoreTest.Rows;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A deduction moved to dispute on a real PostgreSQL: Dr disputed receivables, Cr receivables when
 * the dispute opens (engine or person), the reversal when it closes or the payment is unapplied;
 * the customer's balance over receivables and disputes still reconciles.
 */
class DisputeJournalTest {
  private static final ChartOfAccounts CHART = ChartOfAccounts.standard();
  private JdbcTemplate jdbc;
  private CashApplicationStore cash;
  private DisputeStore disputes;
  private GeneralLedgerStore ledger;
  private Rows rows;

  @BeforeEach
  void database() {
    DataSource db = TestDatabase.migratedDatabase("dispute_journal");
    jdbc = new JdbcTemplate(db);
    DataSourceTransactionManager tx = new DataSourceTransactionManager(db);
    cash = new CashApplicationStore(jdbc, tx);
    disputes = new DisputeStore(jdbc, tx);
    ledger = new GeneralLedgerStore(jdbc, tx);
    rows = new Rows(jdbc);
    rows.customer("C1", "ACME Corp");
    rows.invoice("INV-1", "C1", "EUR", "200.00");
    assertThat(ledger.journalInvoices(new InvoiceJournal(CHART, "1000"), 10)).isEmpty();
  }

  /** INV-1 paid 150.00, 50.00 deducted for pricing. */
  private long deduction() {
    long payment = rows.payment("150.00");
    cash.record(
        payment,
        Optional.empty(),
        applied(
            rows.paymentId(payment), "C1", "0", allocation("INV-1", "150.00", "0", "0", "50.00")),
        "rules-1",
        "system");
    return payment;
  }

  private List<String> lines(String postingId) {
    return jdbc.query(
        """
        select l.account, l.debit, l.credit, l.memo from journal_line l join journal_entry e on e.id = l.entry_id
        where e.posting_id = ? order by l.id""",
        (rs, n) ->
            rs.getString(1)
                + " "
                + rs.getBigDecimal(2).stripTrailingZeros().toPlainString()
                + " "
                + rs.getBigDecimal(3).stripTrailingZeros().toPlainString()
                + " "
                + rs.getString(4),
        postingId);
  }

  private BigDecimal balance(String account) {
    return jdbc.queryForObject(
        "select coalesce(sum(debit - credit), 0) from journal_line where account = ?",
        BigDecimal.class,
        account);
  }

  private List<CustomerBalances.Break> breaks(List<String> accounts) {
    return CustomerBalances.check(
        ledger.customerFigures(accounts), ledger.controlBalances(accounts));
  }

  @Test
  void theEnginesDeductionMovesToDisputedReceivables() {
    long payment = deduction();

    assertThat(lines("dispute:" + payment + ":INV-1"))
        .containsExactly("1150 50 0 INV-1", "1100 0 50 INV-1");
    assertThat(rows.open("INV-1")).isEqualByComparingTo("50.00");
    assertThat(balance("1100")).isEqualByComparingTo("0");
    assertThat(balance("1150")).isEqualByComparingTo("50.00");
    assertThat(rows.unbalancedEntries()).isEmpty();
    // the open 50.00 is on disputed receivables: receivables alone no longer find it
    assertThat(breaks(CHART.arControlAccounts())).isEmpty();
    assertThat(breaks(CHART.receivablesAccounts()))
        .extracting(CustomerBalances.Break::kind)
        .containsExactlyInAnyOrder(BreakKind.JOURNAL, BreakKind.CONTROL);
  }

  @Test
  void aPersonsDeductionMovesToDisputedReceivablesToo() {
    long payment = rows.payment("150.00");
    cash.applyManually(
        payment,
        List.of(
            new ManualAllocation(
                "INV-1",
                new BigDecimal("150.00"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("50.00"),
                Optional.of("x12:01 pricing"))),
        BigDecimal.ZERO,
        Optional.of("C1"),
        "alice",
        "customer's letter");
    long decision = jdbc.queryForObject("select max(id) from cash_decision", Long.class);

    assertThat(lines("manual-dispute:" + decision + ":INV-1"))
        .containsExactly("1150 50 0 INV-1", "1100 0 50 INV-1");
    assertThat(breaks(CHART.arControlAccounts())).isEmpty();
  }

  @Test
  void closingADisputeMovesItBackToReceivables() {
    long payment = deduction();
    long dispute = jdbc.queryForObject("select id from dispute", Long.class);

    disputes.close(dispute, DisputeStore.Outcome.REJECTED, "bob", "price was agreed");

    assertThat(lines("reverse:dispute:" + payment + ":INV-1"))
        .containsExactly("1150 0 50 INV-1", "1100 50 0 INV-1");
    assertThat(balance("1150")).isEqualByComparingTo("0");
    assertThat(balance("1100")).isEqualByComparingTo("50.00");
    assertThat(jdbc.queryForObject("select status from dispute", String.class))
        .isEqualTo("REJECTED");
    assertThat(jdbc.queryForObject("select action from audit_log", String.class))
        .isEqualTo("dispute.close");
    assertThat(breaks(CHART.arControlAccounts())).isEmpty();
    assertThatThrownBy(() -> disputes.close(dispute, DisputeStore.Outcome.RESOLVED, "bob", "again"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("dispute " + dispute + " is REJECTED");
    assertThatThrownBy(() -> disputes.close(dispute + 1, DisputeStore.Outcome.RESOLVED, "b", "x"))
        .hasMessage("unknown dispute " + (dispute + 1));

    // the payment unapplied later: the closed dispute is not reversed a second time
    cash.unapply(payment, "bob", "wrong customer");
    assertThat(
            rows.count(
                "select count(*) from journal_entry where posting_id like 'reverse:dispute:%'"))
        .isEqualTo(1);
    assertThat(balance("1150")).isEqualByComparingTo("0");
    assertThat(breaks(CHART.arControlAccounts())).isEmpty();
  }

  @Test
  void unapplyingThePaymentReversesTheOpenDispute() {
    long payment = deduction();

    cash.unapply(payment, "bob", "wrong customer");

    assertThat(lines("reverse:dispute:" + payment + ":INV-1"))
        .containsExactly("1150 0 50 INV-1", "1100 50 0 INV-1");
    assertThat(balance("1150")).isEqualByComparingTo("0");
    assertThat(balance("1100")).isEqualByComparingTo("200.00");
    assertThat(rows.open("INV-1")).isEqualByComparingTo("200.00");
    assertThat(breaks(CHART.arControlAccounts())).isEmpty();
    assertThat(rows.unbalancedEntries()).isEmpty();
  }
}
