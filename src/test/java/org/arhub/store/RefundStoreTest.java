package org.arhub.store;

import static org.arhub.store.CashApplicationStoreTest.allocation;
import static org.arhub.store.CashApplicationStoreTest.applied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.arhub.model.Money;
import org.arhub.store.CashApplicationStoreTest.Rows;
import org.arhub.store.RefundStore.Refund;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Refunds of cash on account on a real PostgreSQL: posted once, never more than there is. */
class RefundStoreTest {
  private DataSource db;
  private JdbcTemplate jdbc;
  private CashApplicationStore cash;
  private RefundStore refunds;
  private Rows rows;
  private long overpayment;

  /** C1 overpaid INV-1 (100.00) by 55.00, which is on its account. */
  @BeforeEach
  void database() {
    db = TestDatabase.migratedDatabase("refund_store");
    jdbc = new JdbcTemplate(db);
    DataSourceTransactionManager tx = new DataSourceTransactionManager(db);
    cash = new CashApplicationStore(jdbc, tx);
    refunds = new RefundStore(jdbc, tx);
    rows = new Rows(jdbc);
    rows.customer("C1", "ACME Corp");
    rows.customer("C2", "Globex");
    rows.invoice("INV-1", "C1", "EUR", "100.00");
    overpayment = rows.payment("155.00");
    cash.record(
        overpayment,
        Optional.empty(),
        applied(
            rows.paymentId(overpayment),
            "C1",
            "55.00",
            allocation("INV-1", "100.00", "0", "0", "0")),
        "rules-1",
        "system");
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void aRefundPaysBackFromTheAccountAndIsJournalledAndAudited() {
    Refund refund = refunds.refund("C1", eur("40.00"), "customer asked", "key-1", "alice");

    assertThat(refund.replayed()).isFalse();
    assertThat(refund.postingId()).isEqualTo("refund:C1:key-1");
    assertThat(refunds.onAccountBalance("C1", "EUR")).isEqualByComparingTo("15.00");
    assertThat(
            jdbc.queryForList(
                """
                select l.account, l.debit, l.credit, l.memo, e.source from journal_line l
                join journal_entry e on e.id = l.entry_id where e.posting_id = 'refund:C1:key-1' order by l.id"""))
        .extracting(
            r ->
                r.get("account")
                    + " "
                    + r.get("debit")
                    + " "
                    + r.get("credit")
                    + " "
                    + r.get("memo")
                    + " "
                    + r.get("source"))
        .containsExactly("2410 40.0000 0.0000 C1 REFUND", "1200 0.0000 40.0000 C1 REFUND");
    assertThat(rows.unbalancedEntries()).isEmpty();
    Map<String, Object> audit =
        jdbc.queryForMap("select actor, action, entity, detail::text from audit_log");
    assertThat(audit)
        .containsEntry("actor", "alice")
        .containsEntry("action", "cash.refund")
        .containsEntry("entity", "refund");
    assertThat((String) audit.get("detail")).contains("customer asked").contains("key-1");
  }

  @Test
  void aRetriedRequestRefundsOnce() {
    Refund first = refunds.refund("C1", eur("40.00"), "customer asked", "key-1", "alice");
    Refund again = refunds.refund("C1", eur("40.00"), "customer asked", "key-1", "alice");

    assertThat(again.replayed()).isTrue();
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(rows.count("select count(*) from refund")).isEqualTo(1);
    assertThat(rows.count("select count(*) from journal_entry where source = 'REFUND'"))
        .isEqualTo(1);
    assertThat(refunds.onAccountBalance("C1", "EUR")).isEqualByComparingTo("15.00");
    assertThatThrownBy(() -> refunds.refund("C1", eur("10.00"), "other", "key-1", "alice"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("idempotency key key-1 was used for a refund of 40.00 EUR, not 10.00 EUR");
  }

  @Test
  void moreThanTheOnAccountBalanceIsRefused() {
    refunds.refund("C1", eur("40.00"), "first part", "key-1", "alice");

    assertThatThrownBy(() -> refunds.refund("C1", eur("15.01"), "rest", "key-2", "alice"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer C1 has 15.00 EUR on account: cannot refund 15.01");
    assertThatThrownBy(() -> refunds.refund("C1", Money.of("1.00", "USD"), "x", "key-3", "alice"))
        .hasMessage("customer C1 has 0.00 USD on account: cannot refund 1.00");
    assertThatThrownBy(() -> refunds.refund("C2", eur("1.00"), "x", "key-4", "alice"))
        .hasMessage("customer C2 has 0.00 EUR on account: cannot refund 1.00");
    assertThatThrownBy(() -> refunds.refund("NOBODY", eur("1.00"), "x", "key-5", "alice"))
        .hasMessage("unknown customer NOBODY");
    assertThatThrownBy(() -> refunds.refund("C1", eur("1.00"), " ", "key-6", "alice"))
        .hasMessageContaining("needs a reason");
    assertThatThrownBy(() -> refunds.refund("C1", eur("0.00"), "x", "key-7", "alice"))
        .hasMessageContaining("must be positive");
    assertThat(rows.count("select count(*) from refund")).isEqualTo(1);
    assertThat(refunds.refund("C1", eur("15.00"), "rest", "key-2", "alice").replayed()).isFalse();
    assertThat(refunds.onAccountBalance("C1", "EUR")).isEqualByComparingTo("0");
  }

  @Test
  void theDatabaseAloneRefusesTheSecondOfTwoOverlappingRefunds() throws SQLException {
    try (Connection a = db.getConnection();
        Connection b = db.getConnection()) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);
      insertRefund(a, "40.00", "k-a");
      insertRefund(b, "40.00", "k-b");
      a.commit();
      assertThatThrownBy(b::commit)
          .hasMessageContaining("customer C1 has 55.00 EUR on account but 80.00 EUR was refunded");
    }
    assertThat(refunds.onAccountBalance("C1", "EUR")).isEqualByComparingTo("15.00");
  }

  private static void insertRefund(Connection c, String amount, String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            insert into refund(customer_id, currency, amount, reason, idempotency_key, posting_id, refund_date,
                               created_by)
            values ('C1', 'EUR', ?, 'test', ?, ?, current_date, 'psql')""")) {
      ps.setBigDecimal(1, new BigDecimal(amount));
      ps.setString(2, key);
      ps.setString(3, "refund:C1:" + key);
      ps.executeUpdate();
    }
  }

  @Test
  void concurrentRefundsCannotTogetherTakeMoreThanThereIs() throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Throwable> failures = new ArrayList<>();
    try {
      List<Future<Refund>> results = new ArrayList<>();
      for (String key : List.of("k-1", "k-2")) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return refunds.refund("C1", eur("40.00"), "twice?", key, "alice");
                }));
      }
      for (Future<Refund> result : results) {
        try {
          result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0)).hasMessageContaining("cannot refund 40.00");
    assertThat(refunds.onAccountBalance("C1", "EUR")).isEqualByComparingTo("15.00");
    assertThat(rows.count("select count(*) from journal_entry where source = 'REFUND'"))
        .isEqualTo(1);
  }

  @Test
  void cashOnAccountAlreadyRefundedCannotBeUnapplied() {
    refunds.refund("C1", eur("40.00"), "customer asked", "key-1", "alice");

    assertThatThrownBy(() -> cash.unapply(overpayment, "bob", "wrong customer"))
        .rootCause()
        .hasMessageContaining("customer C1 has 0.00 EUR on account but 40.00 EUR was refunded");
    assertThat(
            jdbc.queryForObject(
                "select status from bank_payment where id = ?", String.class, overpayment))
        .isEqualTo("APPLIED");
    assertThat(refunds.onAccountBalance("C1", "EUR")).isEqualByComparingTo("15.00");
  }

  @Test
  void aKeyOfOneCustomerNeverReplaysAnothersRefundWhenIdsContainColons() {
    for (String customer : List.of("A", "A:B")) {
      rows.customer(customer, "Customer " + customer);
      rows.invoice("INV-" + customer, customer, "EUR", "10.00");
      long payment = rows.payment("30.00");
      cash.record(
          payment,
          Optional.empty(),
          applied(
              rows.paymentId(payment),
              customer,
              "20.00",
              allocation("INV-" + customer, "10.00", "0", "0", "0")),
          "rules-1",
          "system");
    }

    Refund first = refunds.refund("A", eur("5.00"), "asked", "B:C", "alice");
    Refund second = refunds.refund("A:B", eur("5.00"), "asked", "C", "alice");

    assertThat(second.replayed()).isFalse();
    assertThat(second.customerId()).isEqualTo("A:B");
    assertThat(second.postingId()).isNotEqualTo(first.postingId()).isEqualTo("refund:A%3AB:C");
    assertThat(first.postingId()).isEqualTo("refund:A:B:C");
    assertThat(refunds.onAccountBalance("A", "EUR")).isEqualByComparingTo("15.00");
    assertThat(refunds.onAccountBalance("A:B", "EUR")).isEqualByComparingTo("15.00");
    assertThat(refunds.refund("A:B", eur("5.00"), "asked", "C", "alice").replayed()).isTrue();
  }
}
