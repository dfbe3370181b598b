package org.arhub.store;

import static org.arhub.store.CashApplicationStoreTest.applied;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.arhub.cashapp.Allocation;
import org.arhub.cashapp.Decision;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.InvoiceJournal;
import org.arhub.ledger.gl.CustomerBalances;
import org.arhub.store.CashApplicationStore.Recorded;
import org.arhub.store.CashApplicationStoreTest.Rows;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Realised FX differences posted with cash application on a real PostgreSQL: a USD invoice issued
 * on 2026-11-01 (0.90 EUR per USD) and paid with a payment booked on 2026-11-20, when the rate
 * source says 0.95 (a gain) or 0.85 (a loss). Without a rate source nothing is posted.
 */
class FxDifferenceStoreTest {
  private static final ChartOfAccounts CHART = ChartOfAccounts.standard();
  @TempDir Path dir;

  private record Db(
      JdbcTemplate jdbc, DataSourceTransactionManager tx, CashApplicationStore cash, Rows rows) {}

  private Db database(Optional<String> laterRate) throws IOException {
    DataSource db = TestDatabase.migratedDatabase("fx_store");
    JdbcTemplate jdbc = new JdbcTemplate(db);
    DataSourceTransactionManager tx = new DataSourceTransactionManager(db);
    CashApplicationStore cash;
    if (laterRate.isPresent()) {
      Path rates = dir.resolve("rates-" + laterRate.get() + ".csv");
      Files.writeString(
          rates,
          "date,currency,rate\n2026-10-31,USD,0.88\n2026-11-01,USD,0.90\n2026-11-20,USD,"
              + laterRate.get()
              + "\n");
      cash = new CashApplicationStore(jdbc, tx, rates.toString());
    } else {
      cash = new CashApplicationStore(jdbc, tx);
    }
    Rows rows = new Rows(jdbc);
    rows.customer("C1", "ACME Corp");
    rows.invoice("INV-U", "C1", "USD", "200.00");
    rows.invoice("INV-E", "C1", "EUR", "100.00");
    return new Db(jdbc, tx, cash, rows);
  }

  private static Decision pays(Rows rows, long payment, String invoice, String amount) {
    return applied(
        rows.paymentId(payment),
        "C1",
        "0",
        new Allocation(
            invoice,
            "C1",
            new BigDecimal(amount),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            Optional.empty(),
            Optional.empty()));
  }

  private static long usdPayment(Rows rows, String amount) {
    return rows.payment(amount, "USD", null, null, null, null, "[]");
  }

  private static List<String> lines(JdbcTemplate jdbc, String postingId) {
    return jdbc.query(
        """
        select l.account, l.debit, l.credit, l.currency, l.memo, e.source
        from journal_line l join journal_entry e on e.id = l.entry_id
        where e.posting_id = ? order by l.id""",
        (rs, n) ->
            String.join(
                " ",
                rs.getString(1),
                rs.getBigDecimal(2).stripTrailingZeros().toPlainString(),
                rs.getBigDecimal(3).stripTrailingZeros().toPlainString(),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6)),
        postingId);
  }

  @Test
  void aUsdInvoicePaidAtAHigherRateRealisesAGainInEuro() throws IOException {
    Db db = database(Optional.of("0.95"));
    long payment = usdPayment(db.rows(), "100.00");

    db.cash()
        .record(payment, Optional.empty(), pays(db.rows(), payment, "INV-U", "100.00"), "v", "s");

    // 100.00 USD × (0.95 − 0.90) = 5.00 EUR
    assertThat(lines(db.jdbc(), "fx:app:" + payment + ":INV-U"))
        .containsExactly("1100 5 0 EUR INV-U FX_DIFFERENCE", "4840 0 5 EUR INV-U FX_DIFFERENCE");
    assertThat(db.rows().unbalancedEntries()).isEmpty();
  }

  @Test
  void aLowerRateRealisesALossAndUnapplyReversesIt() throws IOException {
    Db db = database(Optional.of("0.85"));
    long payment = usdPayment(db.rows(), "150.00");
    db.cash()
        .record(payment, Optional.empty(), pays(db.rows(), payment, "INV-U", "150.00"), "v", "s");

    assertThat(lines(db.jdbc(), "fx:app:" + payment + ":INV-U"))
        .containsExactly(
            "6880 7.5 0 EUR INV-U FX_DIFFERENCE", "1100 0 7.5 EUR INV-U FX_DIFFERENCE");

    db.cash().unapply(payment, "bob", "wrong invoice");

    assertThat(lines(db.jdbc(), "reverse:fx:app:" + payment + ":INV-U"))
        .containsExactly(
            "6880 0 7.5 EUR INV-U FX_DIFFERENCE", "1100 7.5 0 EUR INV-U FX_DIFFERENCE");
    assertThat(db.rows().unbalancedEntries()).isEmpty();
  }

  @Test
  void anInvoiceInTheFunctionalCurrencyOrNoRateSourcePostsNoDifference() throws IOException {
    Db withRates = database(Optional.of("0.95"));
    long eur = withRates.rows().payment("100.00");
    withRates
        .cash()
        .record(eur, Optional.empty(), pays(withRates.rows(), eur, "INV-E", "100.00"), "v", "s");
    Db without = database(Optional.empty());
    long usd = usdPayment(without.rows(), "100.00");
    without
        .cash()
        .record(usd, Optional.empty(), pays(without.rows(), usd, "INV-U", "100.00"), "v", "s");

    assertThat(
            withRates
                .rows()
                .count("select count(*) from journal_entry where source = 'FX_DIFFERENCE'"))
        .isZero();
    assertThat(
            without
                .rows()
                .count("select count(*) from journal_entry where source = 'FX_DIFFERENCE'"))
        .isZero();
  }

  @Test
  void aBatchPostsTheSameFxDifferencesAsOneByOne() throws IOException {
    Db alone = database(Optional.of("0.95"));
    Db batched = database(Optional.of("0.95"));
    for (Db db : List.of(alone, batched)) {
      long first = usdPayment(db.rows(), "120.00");
      long second = db.rows().payment("100.00");
      List<Recorded> decisions =
          List.of(
              new Recorded(
                  first, Optional.empty(), pays(db.rows(), first, "INV-U", "120.00"), "v", "s"),
              new Recorded(
                  second, Optional.empty(), pays(db.rows(), second, "INV-E", "100.00"), "v", "s"));
      if (db == alone) {
        decisions.forEach(
            r ->
                db.cash()
                    .record(r.bankPaymentId(), r.adviceId(), r.decision(), "v", r.decidedBy()));
      } else {
        assertThat(db.cash().recordAll(decisions)).containsExactly(true, true);
      }
    }

    assertThat(journal(batched.jdbc())).isEqualTo(journal(alone.jdbc()));
    assertThat(journal(batched.jdbc()))
        .anySatisfy(row -> assertThat(row.get("source")).isEqualTo("FX_DIFFERENCE"));
  }

  private static List<Map<String, Object>> journal(JdbcTemplate jdbc) {
    return jdbc.queryForList(
        """
        select e.posting_id, e.entry_date, e.source, e.source_ref, l.account, l.debit, l.credit, l.currency
        from journal_entry e join journal_line l on l.entry_id = e.id order by e.posting_id, l.id""");
  }

  @Test
  void fxDifferencesStayOutOfTheCustomersDocumentBalance() throws IOException {
    Db db = database(Optional.of("0.95"));
    GeneralLedgerStore ledger = new GeneralLedgerStore(db.jdbc(), db.tx());
    assertThat(ledger.journalInvoices(new InvoiceJournal(CHART, "1000"), 10)).isEmpty();
    long payment = usdPayment(db.rows(), "80.00");
    db.cash()
        .record(payment, Optional.empty(), pays(db.rows(), payment, "INV-U", "80.00"), "v", "s");

    List<String> accounts = CHART.arControlAccounts();
    assertThat(
            CustomerBalances.check(
                ledger.customerFigures(accounts), ledger.controlBalances(accounts)))
        .isEmpty();
  }
}
