package org.arhub.store;

import static org.arhub.store.CashApplicationStoreTest.allocation;
import static org.arhub.store.CashApplicationStoreTest.applied;
import static org.arhub.store.CashApplicationStoreTest.exception;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.arhub.store.CashApplicationStore.Recorded;
import org.arhub.store.CashApplicationStoreTest.Rows;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Many decisions posted in one transaction: the same rows as one by one, all or none. */
class CashPostingBatchTest {

  /** One store on a fresh database with customer C1, INV-1 (100.00), INV-2 (200.00), INV-3. */
  private record Store(JdbcTemplate jdbc, CashApplicationStore store, Rows rows) {
    static Store fresh() {
      DataSource db = TestDatabase.migratedDatabase("cashapp_batch");
      JdbcTemplate jdbc = new JdbcTemplate(db);
      Rows rows = new Rows(jdbc);
      rows.customer("C1", "ACME Corp");
      rows.invoice("INV-1", "C1", "EUR", "100.00");
      rows.invoice("INV-2", "C1", "EUR", "200.00");
      rows.invoice("INV-3", "C1", "EUR", "50.00");
      return new Store(
          jdbc, new CashApplicationStore(jdbc, new DataSourceTransactionManager(db)), rows);
    }

    /** An applied payment with a discount and a dispute, one with cash on account, an exception. */
    List<Recorded> decisions() {
      long first = rows.payment("290.00");
      long second = rows.payment("80.00");
      long third = rows.payment("12.00");
      return List.of(
          recorded(
              first,
              applied(
                  rows.paymentId(first),
                  "C1",
                  "0",
                  allocation("INV-1", "98.00", "2.00", "0", "0"),
                  allocation("INV-2", "192.00", "0", "0", "8.00"))),
          recorded(
              second,
              applied(
                  rows.paymentId(second),
                  "C1",
                  "30.00",
                  allocation("INV-3", "50.00", "0", "0", "0"))),
          recorded(third, exception(rows.paymentId(third), "no invoice fits")));
    }

    /** What was posted, without the ids, times and texts that differ between databases. */
    List<Map<String, Object>> posted() {
      List<Map<String, Object>> all = new ArrayList<>();
      all.addAll(
          jdbc.queryForList(
              """
              select posting_id, bank_payment_id, invoice_id, amount, discount_amount, write_off_amount, rule,
                     confidence, applied_by, rule_set_version
              from payment_application order by posting_id"""));
      all.addAll(
          jdbc.queryForList(
              """
              select e.posting_id, e.entry_date, e.source, e.source_ref, l.account, l.debit, l.credit, l.currency
              from journal_entry e join journal_line l on l.entry_id = e.id order by e.posting_id, l.id"""));
      all.addAll(
          jdbc.queryForList(
              "select posting_id, invoice_id, amount, reason_code, category, status from dispute order by posting_id"));
      all.addAll(
          jdbc.queryForList(
              "select posting_id, bank_payment_id, customer_id, amount, kind from payment_on_account order by posting_id"));
      all.addAll(jdbc.queryForList("select id, status, customer_id from bank_payment order by id"));
      all.addAll(jdbc.queryForList("select number, status from invoice order by number"));
      all.addAll(
          jdbc.queryForList(
              "select bank_payment_id, outcome, customer_id, rule, confidence, reason, evidence::text, decided_by"
                  + " from cash_decision order by bank_payment_id"));
      return all;
    }
  }

  private static Recorded recorded(long payment, org.arhub.cashapp.Decision decision) {
    return new Recorded(payment, Optional.empty(), decision, "rules-1", "system");
  }

  @Test
  void aBatchPostsTheRowsEachPaymentAlonePosts() {
    Store alone = Store.fresh();
    for (Recorded r : alone.decisions()) {
      assertThat(
              alone
                  .store()
                  .record(
                      r.bankPaymentId(),
                      r.adviceId(),
                      r.decision(),
                      r.ruleSetVersion(),
                      r.decidedBy()))
          .isTrue();
    }
    Store batched = Store.fresh();

    assertThat(batched.store().recordAll(batched.decisions())).containsExactly(true, true, true);

    assertThat(batched.posted()).isEqualTo(alone.posted());
    assertThat(batched.rows().unbalancedEntries()).isEmpty();
    assertThat(batched.rows().open("INV-2")).isEqualByComparingTo("8.00");
  }

  @Test
  void aSecondBatchOfTheSameDecisionsPostsNothing() {
    Store s = Store.fresh();
    List<Recorded> decisions = s.decisions();
    s.store().recordAll(decisions);
    List<Map<String, Object>> before = s.posted();

    assertThat(s.store().recordAll(decisions)).containsExactly(false, false, false);

    assertThat(s.posted()).isEqualTo(before);
  }

  @Test
  void aBatchWithOnePaymentTheDatabaseRefusesPostsNothing() {
    Store s = Store.fresh();
    long first = s.rows().payment("100.00");
    long second = s.rows().payment("60.00");
    List<Recorded> decisions =
        List.of(
            recorded(
                first,
                applied(
                    s.rows().paymentId(first),
                    "C1",
                    "0",
                    allocation("INV-1", "100.00", "0", "0", "0"))),
            recorded(
                second,
                applied(
                    s.rows().paymentId(second),
                    "C1",
                    "0",
                    allocation("INV-1", "60.00", "0", "0", "0"))));

    assertThatThrownBy(() -> s.store().recordAll(decisions))
        .rootCause()
        .hasMessageContaining("is over-settled");

    assertThat(s.rows().count("select count(*) from payment_application")).isZero();
    assertThat(s.rows().count("select count(*) from journal_entry")).isZero();
    assertThat(s.rows().count("select count(*) from cash_decision")).isZero();
    assertThat(s.rows().count("select count(*) from bank_payment where status = 'UNAPPLIED'"))
        .isEqualTo(2);
  }
}
