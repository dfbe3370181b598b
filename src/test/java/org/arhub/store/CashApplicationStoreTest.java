package org.arhub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.arhub.cashapp.Allocation;
import org.arhub.cashapp.Candidate;
import org.arhub.cashapp.Decision;
import org.arhub.cashapp.IncomingPayment;
import org.arhub.cashapp.OpenItemIndex;
import org.arhub.cashapp.ReferenceKey;
import org.arhub.cashapp.RemittanceLine;
import org.arhub.ledger.ArAccounts;
import org.arhub.ledger.ArJournal;
import org.arhub.model.Remittance;
import org.arhub.store.CashApplicationStore.ManualAllocation;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Cash application posted to a real PostgreSQL: rows, journal entries and balances. */
class CashApplicationStoreTest {
  private DataSource db;
  private JdbcTemplate jdbc;
  private CashApplicationStore store;
  private Rows rows;

  @BeforeEach
  void database() {
    db = TestDatabase.migratedDatabase("cashapp_store");
    jdbc = new JdbcTemplate(db);
    store = new CashApplicationStore(jdbc, new DataSourceTransactionManager(db));
    rows = new Rows(jdbc);
    rows.customer("C1", "ACME Corp");
    rows.invoice("INV-1", "C1", "EUR", "100.00");
    rows.invoice("INV-2", "C1", "EUR", "200.00");
  }

  /** Test rows: a bank, its files, statements and payments; customers and invoices. */
  static final class Rows {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private final JdbcTemplate jdbc;

    Rows(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
      jdbc.update(
          "insert into partner(id, name, kind, config) values ('bank', 'Bank', 'BANK', '{}')"
              + " on conflict do nothing");
    }

    void customer(String id, String name) {
      jdbc.update("insert into customer(id, name) values (?, ?)", id, name);
    }

    void invoice(String number, String customer, String currency, String amount) {
      jdbc.update(
          """
          insert into invoice(number, customer_id, currency, issue_date, due_date, amount)
          values (?, ?, ?, date '2026-11-01', date '2026-12-01', ?)""",
          number,
          customer,
          currency,
          new BigDecimal(amount));
    }

    long payment(String amount) {
      return payment(amount, "EUR", null, null, null, null, "[]");
    }

    /** A CREDIT on a camt.053 statement of its own file. */
    long payment(
        String amount,
        String currency,
        String payerName,
        String payerAccount,
        String text,
        String creditorReference,
        String references) {
      int n = SEQ.incrementAndGet();
      String sha = String.format("%064x", n);
      jdbc.update("insert into file_content(sha256, size, bytes) values (?, 1, 'x'::bytea)", sha);
      long file =
          jdbc.queryForObject(
              """
              insert into inbound_file(partner_id, feed, original_name, size, sha256, status, format)
              values ('bank', 'statements', 'stmt.xml', 1, ?, 'PARSED', 'camt.053') returning id""",
              Long.class,
              sha);
      long statement =
          jdbc.queryForObject(
              """
              insert into bank_statement(inbound_file_id, partner_id, account, currency, statement_id, kind)
              values (?, 'bank', 'DE89370400440532013000', ?, ?, 'camt.053') returning id""",
              Long.class,
              file,
              currency,
              "STMT-" + n);
      return jdbc.queryForObject(
          """
          insert into bank_payment(statement_id, inbound_file_id, partner_id, account, payment_id, amount, currency,
                                   direction, booking_date, value_date, payer_name, payer_account, end_to_end_id,
                                   remittance_text, creditor_reference, invoice_references)
          values (?, ?, 'bank', 'DE89370400440532013000', ?, ?, ?, 'CREDIT', date '2026-11-20', date '2026-11-21',
                  ?, ?, ?, ?, ?, ?::jsonb)
          returning id""",
          Long.class,
          statement,
          file,
          "PAY-" + n,
          new BigDecimal(amount),
          currency,
          payerName,
          payerAccount,
          "E2E-" + n,
          text,
          creditorReference,
          references);
    }

    String paymentId(long bankPaymentId) {
      return jdbc.queryForObject(
          "select payment_id from bank_payment where id = ?", String.class, bankPaymentId);
    }

    BigDecimal open(String invoice) {
      return jdbc.queryForObject(
          "select open_amount from invoice_balance where number = ?", BigDecimal.class, invoice);
    }

    BigDecimal unapplied(long payment) {
      return jdbc.queryForObject(
          "select unapplied from bank_payment_balance where bank_payment_id = ?",
          BigDecimal.class,
          payment);
    }

    int count(String sql, Object... args) {
      return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** Journal entries whose debits and credits differ in some currency. */
    List<Long> unbalancedEntries() {
      return jdbc.queryForList(
          "select entry_id from journal_line group by entry_id, currency having sum(debit) <> sum(credit)",
          Long.class);
    }
  }

  static Allocation allocation(
      String invoice, String cash, String discount, String writeOff, String disputed) {
    return new Allocation(
        invoice,
        "C1",
        new BigDecimal(cash),
        new BigDecimal(discount),
        new BigDecimal(writeOff),
        new BigDecimal(disputed),
        new BigDecimal(disputed).signum() > 0 ? Optional.of("x12:01 pricing") : Optional.empty(),
        Optional.empty());
  }

  static Decision applied(
      String paymentId, String customer, String onAccount, Allocation... allocations) {
    return new Decision(
        paymentId,
        Decision.Outcome.APPLIED,
        Optional.of(customer),
        "REMITTANCE_LINES",
        new BigDecimal("0.970"),
        List.of(allocations),
        new BigDecimal(onAccount),
        Optional.empty(),
        List.of(),
        List.of("customer by account", "amounts: discount"));
  }

  static Decision exception(String paymentId, String reason) {
    return new Decision(
        paymentId,
        Decision.Outcome.EXCEPTION,
        Optional.empty(),
        "SUBSET_SUM",
        new BigDecimal("0.600"),
        List.of(),
        BigDecimal.ZERO,
        Optional.of(reason),
        List.of(
            new Candidate(
                "SUBSET_SUM",
                List.of("INV-5"),
                new BigDecimal("0.600"),
                List.of("sum fits"),
                Optional.empty())),
        List.of("customer unknown"));
  }

  /** 300.00: INV-1 settled with discount and write-off, INV-2 short by a deduction, 55 over. */
  private long recordTheFullDecision() {
    long payment = rows.payment("300.00");
    Decision decision =
        applied(
            rows.paymentId(payment),
            "C1",
            "55.00",
            allocation("INV-1", "95.00", "2.00", "3.00", "0.00"),
            allocation("INV-2", "150.00", "0.00", "0.00", "50.00"));
    assertThat(store.record(payment, Optional.empty(), decision, "2026-11-23.1", "system"))
        .isTrue();
    return payment;
  }

  @Test
  void anAppliedDecisionPostsApplicationsDisputeOnAccountAndBalancedEntries() {
    long payment = recordTheFullDecision();

    assertThat(rows.open("INV-1")).isEqualByComparingTo("0");
    assertThat(rows.open("INV-2")).isEqualByComparingTo("50.00");
    assertThat(rows.unapplied(payment)).isEqualByComparingTo("0");
    assertThat(jdbc.queryForList("select number, status from invoice order by number"))
        .extracting(r -> r.get("status"))
        .containsExactly("PAID", "PARTIALLY_PAID");
    Map<String, Object> bp = jdbc.queryForMap("select * from bank_payment where id = ?", payment);
    assertThat(bp.get("status")).isEqualTo("APPLIED");
    assertThat(bp.get("customer_id")).isEqualTo("C1");

    Map<String, Object> app =
        jdbc.queryForMap(
            "select * from payment_application where posting_id = ?", "app:" + payment + ":INV-1");
    assertThat((BigDecimal) app.get("amount")).isEqualByComparingTo("95.00");
    assertThat((BigDecimal) app.get("discount_amount")).isEqualByComparingTo("2.00");
    assertThat((BigDecimal) app.get("write_off_amount")).isEqualByComparingTo("3.00");
    assertThat(app.get("rule")).isEqualTo("REMITTANCE_LINES");
    assertThat(app.get("rule_set_version")).isEqualTo("2026-11-23.1");
    assertThat(app.get("decision_id")).isNotNull();

    Map<String, Object> dispute = jdbc.queryForMap("select * from dispute");
    assertThat(dispute.get("posting_id")).isEqualTo("dispute:" + payment + ":INV-2");
    assertThat(dispute.get("reason_code")).isEqualTo("x12:01");
    assertThat(dispute.get("category")).isEqualTo("pricing");
    assertThat((BigDecimal) dispute.get("amount")).isEqualByComparingTo("50.00");
    assertThat(dispute.get("status")).isEqualTo("OPEN");

    Map<String, Object> onAccount = jdbc.queryForMap("select * from payment_on_account");
    assertThat((BigDecimal) onAccount.get("amount")).isEqualByComparingTo("55.00");
    assertThat(onAccount.get("customer_id")).isEqualTo("C1");

    assertThat(jdbc.queryForList("select posting_id from journal_entry order by id", String.class))
        .containsExactly(
            "cash:" + payment,
            "app:" + payment + ":INV-1",
            "app:" + payment + ":INV-2",
            "dispute:" + payment + ":INV-2",
            "onaccount:" + payment);
    assertThat(rows.unbalancedEntries()).isEmpty();
    assertThat(
            jdbc.queryForList(
                """
                select l.account, l.debit, l.credit from journal_line l join journal_entry e on e.id = l.entry_id
                where e.posting_id = ? order by l.id""",
                "app:" + payment + ":INV-1"))
        .extracting(r -> r.get("account") + " " + r.get("debit") + " " + r.get("credit"))
        .containsExactly(
            "2400 95.0000 0.0000",
            "4900 2.0000 0.0000",
            "6800 3.0000 0.0000",
            "1100 0.0000 100.0000");
    // what the sub-ledger says: the bank has the cash, unapplied cash is cleared
    assertThat(balance("2400")).isEqualByComparingTo("0");
    assertThat(balance("1200")).isEqualByComparingTo("300.00");
    // the deducted 50.00 of INV-2 moved from receivables to disputed receivables
    assertThat(balance("1100")).isEqualByComparingTo("-300.00");
    assertThat(balance("1150")).isEqualByComparingTo("50.00");
    assertThat(balance("2410")).isEqualByComparingTo("-55.00");
  }

  private BigDecimal balance(String account) {
    return jdbc.queryForObject(
        "select coalesce(sum(debit - credit), 0) from journal_line where account = ?",
        BigDecimal.class,
        account);
  }

  @Test
  void recordingTheSameDecisionTwiceWritesNothingMore() {
    long payment = recordTheFullDecision();
    List<Map<String, Object>> before = snapshot();

    Decision again =
        applied(
            rows.paymentId(payment),
            "C1",
            "55.00",
            allocation("INV-1", "95.00", "2.00", "3.00", "0.00"),
            allocation("INV-2", "150.00", "0.00", "0.00", "50.00"));

    assertThat(store.record(payment, Optional.empty(), again, "2026-11-23.1", "system")).isFalse();
    assertThat(snapshot()).isEqualTo(before);
  }

  private List<Map<String, Object>> snapshot() {
    return jdbc.queryForList(
        """
        select (select count(*) from payment_application) as applications,
               (select count(*) from payment_on_account) as on_account,
               (select count(*) from journal_entry) as entries,
               (select count(*) from journal_line) as lines,
               (select count(*) from dispute) as disputes,
               (select count(*) from cash_decision) as decisions""");
  }

  @Test
  void aPostingAlreadyMadeIsNotMadeAgain() {
    long payment = recordTheFullDecision();
    List<Map<String, Object>> before = snapshot();
    CashPostings postings = new CashPostings(jdbc, new ArJournal(ArAccounts.standard()));
    new TransactionTemplate(new DataSourceTransactionManager(db))
        .executeWithoutResult(
            status -> {
              CashPostings.PaymentRow row = postings.lockPayment(payment);
              CashPostings.InvoiceRow invoice =
                  postings.lockInvoices(List.of("INV-1")).get("INV-1");
              postings.cashReceived(row);
              postings.application(
                  "app:" + payment + ":INV-1",
                  row,
                  invoice,
                  allocation("INV-1", "95.00", "2.00", "3.00", "0.00"),
                  "REMITTANCE_LINES",
                  BigDecimal.ONE,
                  "v",
                  jdbc.queryForObject("select max(id) from cash_decision", Long.class),
                  Optional.empty(),
                  "system",
                  LocalDate.of(2026, 11, 20));
              postings.dispute(
                  "dispute:" + payment + ":INV-2",
                  row,
                  postings.lockInvoices(List.of("INV-2")).get("INV-2"),
                  new BigDecimal("50.00"),
                  Optional.of("x12:01 pricing"),
                  Optional.empty());
            });

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void concurrentPaymentsCannotOverSettleOneInvoice() throws Exception {
    rows.invoice("INV-3", "C1", "EUR", "100.00");
    long first = rows.payment("100.00");
    long second = rows.payment("100.00");
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (long payment : List.of(first, second)) {
        Decision decision =
            applied(
                rows.paymentId(payment),
                "C1",
                "20.00",
                allocation("INV-3", "80.00", "0.00", "0.00", "0.00"));
        Callable<Boolean> work =
            () -> {
              start.await();
              return store.record(payment, Optional.empty(), decision, "v", "system");
            };
        results.add(pool.submit(work));
      }
      List<Throwable> failures = new ArrayList<>();
      for (Future<Boolean> result : results) {
        try {
          assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      assertThat(failures).hasSize(1);
      assertThat(rootMessage(failures.get(0))).contains("INV-3").contains("is over-settled");
    } finally {
      pool.shutdownNow();
    }
    assertThat(rows.open("INV-3")).isEqualByComparingTo("20.00");
    assertThat(rows.unbalancedEntries()).isEmpty();
    assertThat(rows.count("select count(*) from bank_payment where status = 'UNAPPLIED'"))
        .isEqualTo(1);
  }

  @Test
  void theDatabaseAloneRefusesTheSecondOfTwoOverlappingTransactions() throws SQLException {
    rows.invoice("INV-3", "C1", "EUR", "100.00");
    long first = rows.payment("100.00");
    long second = rows.payment("100.00");
    try (Connection a = db.getConnection();
        Connection b = db.getConnection()) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);
      insertApplication(a, first, "60.00");
      insertApplication(b, second, "60.00");
      a.commit();
      assertThatThrownBy(b::commit).hasMessageContaining("is over-settled");
    }
    assertThat(rows.open("INV-3")).isEqualByComparingTo("40.00");
  }

  private static void insertApplication(Connection c, long payment, String amount)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            insert into payment_application(bank_payment_id, invoice_id, currency, amount, rule, confidence)
            select ?, id, 'EUR', ?, 'TEST', 1 from invoice where number = 'INV-3'""")) {
      ps.setLong(1, payment);
      ps.setBigDecimal(2, new BigDecimal(amount));
      ps.executeUpdate();
    }
  }

  private static String rootMessage(Throwable t) {
    StringBuilder messages = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      messages.append(c.getMessage()).append(" | ");
    }
    return messages.toString();
  }

  @Test
  void aManualDecisionOnAnExceptionTeachesAccountNameAndAlias() {
    rows.customer("C2", "Globex GmbH");
    rows.invoice("INV-5", "C2", "EUR", "500.00");
    long payment =
        rows.payment(
            "300.00",
            "EUR",
            "Globex Trading",
            "DE44 5001 0517 5407 3249 31",
            "PO 4711 your ref ZX-99123",
            "RF18539007547034",
            "[{\"invoice\": \"ABC-777\"}]");
    assertThat(
            store.record(
                payment,
                Optional.empty(),
                exception(rows.paymentId(payment), "no rule found an invoice"),
                "v",
                "system"))
        .isTrue();
    assertThat(store.exceptions(10))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.bankPaymentId()).isEqualTo(payment);
              assertThat(item.reason()).isEqualTo("no rule found an invoice");
              assertThat(item.candidates()).contains("INV-5").contains("SUBSET_SUM");
              assertThat(item.payerName()).contains("Globex Trading");
              assertThat(item.amount()).isEqualByComparingTo("300.00");
            });

    store.applyManually(
        payment,
        List.of(
            new ManualAllocation(
                "INV-5",
                new BigDecimal("300.00"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                Optional.empty())),
        BigDecimal.ZERO,
        Optional.empty(),
        "alice",
        "customer confirmed by phone");

    long decision =
        jdbc.queryForObject(
            "select id from cash_decision where outcome = 'MANUAL' and decided_by = 'alice'",
            Long.class);
    assertThat(
            rows.count(
                "select count(*) from payment_application where posting_id = ?",
                "manual:" + decision + ":INV-5"))
        .isEqualTo(1);
    assertThat(rows.open("INV-5")).isEqualByComparingTo("200.00");
    assertThat(store.exceptions(10)).isEmpty();
    assertThat(
            jdbc.queryForMap("select status, customer_id from bank_payment where id = ?", payment))
        .containsEntry("status", "APPLIED")
        .containsEntry("customer_id", "C2");
    assertThat(jdbc.queryForMap("select actor, action, entity_id from audit_log"))
        .containsEntry("actor", "alice")
        .containsEntry("action", "cash.apply")
        .containsEntry("entity_id", String.valueOf(payment));
    assertThat(
            jdbc.queryForMap(
                "select customer_id, account_identifier, source from customer_bank_account"))
        .containsEntry("customer_id", "C2")
        .containsEntry("account_identifier", "DE44500105175407324931")
        .containsEntry("source", "LEARNED");
    assertThat(
            jdbc.queryForList(
                "select reference_key from cashapp_reference_alias where invoice_number = 'INV-5'",
                String.class))
        .containsExactlyInAnyOrder("ZX99123", "ABC777", "RF18539007547034");
    assertThat(rows.unbalancedEntries()).isEmpty();

    OpenItemIndex index = store.loadOpenItems();
    assertThat(index.customerByAccount("DE44500105175407324931")).contains("C2");
    assertThat(index.customersByName("GLOBEX TRADING")).contains("C2");
    assertThat(index.resolve(ReferenceKey.of("zx-99123")))
        .singleElement()
        .satisfies(
            invoice -> {
              assertThat(invoice.number()).isEqualTo("INV-5");
              assertThat(invoice.openAmount()).isEqualByComparingTo("200.00");
            });
  }

  @Test
  void aReferenceThatNamesAnInvoiceIsNotLearnedAsAlias() {
    rows.invoice("INV-7", "C1", "EUR", "70.00");
    long payment = rows.payment("100.00", "EUR", null, null, "INV-1 and 0007 ZZ-42", null, "[]");

    store.applyManually(
        payment,
        List.of(
            new ManualAllocation(
                "INV-1",
                new BigDecimal("100.00"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                Optional.empty())),
        BigDecimal.ZERO,
        Optional.of("C1"),
        "alice",
        "paid INV-1");

    assertThat(jdbc.queryForList("select reference_key from cashapp_reference_alias", String.class))
        .containsExactly("ZZ42");
  }

  @Test
  void aManualDecisionBeyondWhatIsThereIsRefused() {
    rows.invoice("INV-USD", "C1", "USD", "100.00");
    long payment = rows.payment("100.00");
    ManualAllocation tooMuch =
        new ManualAllocation(
            "INV-2",
            new BigDecimal("120.00"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            Optional.empty());

    assertThatThrownBy(
            () ->
                store.applyManually(
                    payment, List.of(tooMuch), BigDecimal.ZERO, Optional.empty(), "a", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 100.00 EUR unapplied; the decision uses 120.00");
    assertThatThrownBy(
            () ->
                store.applyManually(
                    payment,
                    List.of(manual("INV-1", "50.00")),
                    new BigDecimal("60.00"),
                    Optional.of("C1"),
                    "a",
                    "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the decision uses 110.00");
    assertThatThrownBy(
            () ->
                store.applyManually(
                    payment,
                    List.of(manual("INV-404", "10.00")),
                    BigDecimal.ZERO,
                    Optional.empty(),
                    "a",
                    "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown invoice INV-404");
    assertThatThrownBy(
            () ->
                store.applyManually(
                    payment,
                    List.of(manual("INV-USD", "10.00")),
                    BigDecimal.ZERO,
                    Optional.empty(),
                    "a",
                    "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoice INV-USD is in USD");
    assertThatThrownBy(
            () ->
                store.applyManually(
                    payment,
                    List.of(manual("INV-1", "10.00")),
                    BigDecimal.ZERO,
                    Optional.of("NOBODY"),
                    "a",
                    "x"))
        .hasMessage("unknown customer NOBODY");
    assertThat(rows.count("select count(*) from cash_decision")).isZero();
    assertThat(rows.count("select count(*) from journal_entry")).isZero();
  }

  @Test
  void cashIsNeverAppliedToACreditNote() {
    jdbc.update(
        """
        insert into invoice(number, customer_id, currency, issue_date, due_date, amount, document_type)
        values ('INV-CN-9', 'C1', 'EUR', date '2026-11-05', date '2026-11-05', 30.00, 'CREDIT_NOTE')""");
    long payment = rows.payment("30.00");

    assertThatThrownBy(
            () ->
                store.applyManually(
                    payment,
                    List.of(manual("INV-CN-9", "30.00")),
                    BigDecimal.ZERO,
                    Optional.of("C1"),
                    "alice",
                    "customer says so"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("INV-CN-9 is a credit note: cash cannot be applied to it");
    assertThat(rows.count("select count(*) from cash_decision")).isZero();

    // any other path (the engine, bulk posting) is refused by the database at commit
    assertThatThrownBy(
            () ->
                store.record(
                    payment,
                    Optional.empty(),
                    applied(
                        rows.paymentId(payment),
                        "C1",
                        "0",
                        allocation("INV-CN-9", "30.00", "0", "0", "0")),
                    "rules-1",
                    "system"))
        .satisfies(
            e ->
                assertThat(rootMessage(e))
                    .contains(
                        "(INV-CN-9) is a credit note: cash cannot be applied to it"
                            + " (applied 30.00, discount 0.00, write-off 0.00)"));
    assertThat(rows.count("select count(*) from payment_application")).isZero();
    assertThat(rows.open("INV-CN-9")).isEqualByComparingTo("-30.00");
  }

  private static ManualAllocation manual(String invoice, String cash) {
    return new ManualAllocation(
        invoice,
        new BigDecimal(cash),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        Optional.empty());
  }

  @Test
  void aPaymentUnappliedAndDecidedAgainByTheEnginePostsItsNewApplications() {
    long payment = recordTheFullDecision();
    store.unapply(payment, "bob", "an advice is on its way");
    // an advice arrived: the run puts the exception back and the engine decides the same again
    jdbc.update("update bank_payment set status = 'UNAPPLIED' where id = ?", payment);
    Decision again =
        applied(
            rows.paymentId(payment),
            "C1",
            "55.00",
            allocation("INV-1", "95.00", "2.00", "3.00", "0.00"),
            allocation("INV-2", "150.00", "0.00", "0.00", "50.00"));

    assertThat(store.record(payment, Optional.empty(), again, "2026-11-23.1", "system")).isTrue();

    assertThat(rows.open("INV-1")).isEqualByComparingTo("0");
    assertThat(rows.open("INV-2")).isEqualByComparingTo("50.00");
    assertThat(rows.unapplied(payment)).isEqualByComparingTo("0");
    assertThat(
            jdbc.queryForList(
                "select posting_id from payment_application where reversal_of is null order by id",
                String.class))
        .containsExactly(
            "app:" + payment + ":INV-1",
            "app:" + payment + ":INV-2",
            "app:" + payment + ":INV-1#1",
            "app:" + payment + ":INV-2#1");
    assertThat(rows.unbalancedEntries()).isEmpty();
  }

  @Test
  void unapplyReversesWithNewRowsAndEntriesAndLeavesHistoryAlone() {
    long payment = recordTheFullDecision();
    List<Map<String, Object>> applications =
        jdbc.queryForList("select id, xmin::text as version from payment_application order by id");
    List<Map<String, Object>> entries =
        jdbc.queryForList("select id, xmin::text as version from journal_entry order by id");
    List<Map<String, Object>> lines =
        jdbc.queryForList("select id, xmin::text as version from journal_line order by id");

    store.unapply(payment, "bob", "wrong customer");

    assertThat(rows.open("INV-1")).isEqualByComparingTo("100.00");
    assertThat(rows.open("INV-2")).isEqualByComparingTo("200.00");
    assertThat(rows.unapplied(payment)).isEqualByComparingTo("300.00");
    assertThat(jdbc.queryForList("select status from invoice order by number", String.class))
        .containsExactly("OPEN", "OPEN");
    assertThat(
            jdbc.queryForObject(
                "select status from bank_payment where id = ?", String.class, payment))
        .isEqualTo("EXCEPTION");
    assertThat(jdbc.queryForObject("select status from dispute", String.class))
        .isEqualTo("REJECTED");
    assertThat(
            jdbc.queryForList(
                "select posting_id from payment_application where reversal_of is not null order by id",
                String.class))
        .containsExactly("reverse:app:" + payment + ":INV-1", "reverse:app:" + payment + ":INV-2");
    assertThat(
            jdbc.queryForList(
                "select posting_id from journal_entry where reverses_entry_id is not null order by id",
                String.class))
        .containsExactly(
            "reverse:app:" + payment + ":INV-1",
            "reverse:app:" + payment + ":INV-2",
            "reverse:onaccount:" + payment,
            "reverse:dispute:" + payment + ":INV-2");
    assertThat(rows.unbalancedEntries()).isEmpty();
    assertThat(balance("2400")).isEqualByComparingTo("-300.00");
    assertThat(balance("1100")).isEqualByComparingTo("0");
    assertThat(balance("1150")).isEqualByComparingTo("0");
    assertThat(balance("2410")).isEqualByComparingTo("0");
    assertThat(jdbc.queryForList("select outcome from cash_decision order by id", String.class))
        .containsExactly("APPLIED", "UNAPPLIED");
    assertThat(jdbc.queryForObject("select action from audit_log", String.class))
        .isEqualTo("cash.unapply");
    // nothing posted before was touched
    assertThat(
            jdbc.queryForList(
                "select id, xmin::text as version from payment_application where id <= ? order by id",
                applications.get(applications.size() - 1).get("id")))
        .isEqualTo(applications);
    assertThat(
            jdbc.queryForList(
                "select id, xmin::text as version from journal_entry where id <= ? order by id",
                entries.get(entries.size() - 1).get("id")))
        .isEqualTo(entries);
    assertThat(
            jdbc.queryForList(
                "select id, xmin::text as version from journal_line where id <= ? order by id",
                lines.get(lines.size() - 1).get("id")))
        .isEqualTo(lines);

    assertThatThrownBy(() -> store.unapply(payment, "bob", "again"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing applied to undo");
  }

  @Test
  void anUnappliedPaymentCanBeAppliedAgainAndItsRemainderWrittenOff() {
    long payment = recordTheFullDecision();
    store.unapply(payment, "bob", "wrong invoices");

    store.applyManually(
        payment,
        List.of(manual("INV-2", "200.00"), manual("INV-1", "99.60")),
        BigDecimal.ZERO,
        Optional.empty(),
        "bob",
        "as the customer's letter says");
    assertThat(
            jdbc.queryForObject(
                "select status from bank_payment where id = ?", String.class, payment))
        .isEqualTo("PARTIALLY_APPLIED");
    store.writeOff(payment, "bob", "bank charge");

    assertThat(rows.unapplied(payment)).isEqualByComparingTo("0");
    assertThat(
            jdbc.queryForObject(
                "select status from bank_payment where id = ?", String.class, payment))
        .isEqualTo("APPLIED");
    assertThat(rows.open("INV-2")).isEqualByComparingTo("0");
    assertThat(rows.open("INV-1")).isEqualByComparingTo("0.40");
    assertThat(
            jdbc.queryForObject(
                "select posting_id from payment_on_account where kind = 'WRITE_OFF'", String.class))
        .startsWith("writeoff:");
    assertThat(rows.unbalancedEntries()).isEmpty();
    assertThat(balance("2400")).isEqualByComparingTo("0");
  }

  @Test
  void pendingPaymentsAreRebuiltAsTheEngineReadsThem() {
    long payment =
        rows.payment(
            "250.00",
            "EUR",
            "ACME Corp",
            "DE02100100109307118603",
            "paying INV-1\nand INV-2",
            "RF18539007547034",
            "[{\"invoice\": \"INV-1\", \"amount\": \"40.00\"}, {\"invoice\": \"INV-2\"}]");
    long decided = rows.payment("10.00");
    jdbc.update("update bank_payment set status = 'EXCEPTION' where id = ?", decided);
    long provisional = rows.payment("11.00");
    jdbc.update("update bank_payment set provisional = true where id = ?", provisional);
    long debit = rows.payment("12.00");
    jdbc.update("update bank_payment set direction = 'DEBIT' where id = ?", debit);

    List<CashApplicationStore.PendingPayment> pending = store.pendingPayments(10);

    assertThat(pending)
        .singleElement()
        .extracting(CashApplicationStore.PendingPayment::id)
        .isEqualTo(payment);
    IncomingPayment p = pending.get(0).payment();
    assertThat(p.paymentId()).isEqualTo(rows.paymentId(payment));
    assertThat(p.channel()).isEqualTo("camt.053");
    assertThat(p.amount().toString()).isEqualTo("250.00 EUR");
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(p.trace()).contains("E2E-" + rows.paymentId(payment).substring(4));
    assertThat(p.payerName()).contains("ACME Corp");
    assertThat(p.payerAccount()).contains("DE02100100109307118603");
    assertThat(p.creditorReference()).contains("RF18539007547034");
    assertThat(p.texts()).containsExactly("paying INV-1", "and INV-2");
    assertThat(p.lines())
        .containsExactly(
            RemittanceLine.of(1, "INV-1", Optional.of(new BigDecimal("40.00"))),
            RemittanceLine.of(2, "INV-2", Optional.empty()));
    assertThat(store.pendingPayments(0)).isEmpty();
  }

  @Test
  void aPayerNamedOnlyInTheBanksTextIsReadFromIt() {
    rows.payment("80.00", "EUR", null, null, "ORIG CO NAME:ACME RETAIL", null, "[]");

    assertThat(store.pendingPayments(1).get(0).payment().payerName()).contains("ACME RETAIL");
  }

  @Test
  void anAdviceIsOfferedUntilADecisionLinksIt() {
    long payment = rows.payment("100.00");
    long advice =
        jdbc.queryForObject(
            """
            insert into remittance_advice(partner_id, advice_id, payment_reference, currency, total_amount, payment_date,
                                          payer_name, payer_id, payment_method, adjustments)
            values ('bank', 'TRN-1', 'TRN-1', 'EUR', 100.00, date '2026-11-20', 'ACME Corp', 'ACME-ID', 'ACH', '[]')
            returning id""",
            Long.class);
    jdbc.update(
        """
        insert into remittance_line(advice_id, line_no, invoice_ref, paid_amount, invoiced_amount, discount_amount,
                                    adjustment_amount, adjustment_reason, adjustments)
        values (?, 1, 'INV-1', 100.00, 110.00, 0, 10.00, '01:pricing',
                '[{"amount": "10.00", "reason": "01", "category": "pricing"}]')""",
        advice);

    List<CashApplicationStore.PendingAdvice> waiting = store.unlinkedAdvices();

    assertThat(waiting)
        .singleElement()
        .extracting(CashApplicationStore.PendingAdvice::id)
        .isEqualTo(advice);
    Remittance r = waiting.get(0).advice();
    assertThat(r.trace()).isEqualTo("TRN-1");
    assertThat(r.payer()).contains("ACME Corp");
    assertThat(r.payerId()).contains("ACME-ID");
    assertThat(r.amount()).isEqualByComparingTo("100.00");
    assertThat(r.paymentDate()).contains(LocalDate.of(2026, 11, 20));
    assertThat(r.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.invoice()).isEqualTo("INV-1");
              assertThat(line.paid()).isEqualByComparingTo("100.00");
              assertThat(line.invoiced()).contains(new BigDecimal("110.00"));
              assertThat(line.discount()).isEmpty();
              assertThat(line.adjustments())
                  .containsExactly(
                      new Remittance.Adjustment(
                          new BigDecimal("10.00"), "01", "pricing", Optional.empty()));
            });

    Allocation fromLine =
        new Allocation(
            "INV-1",
            "C1",
            new BigDecimal("100.00"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            Optional.empty(),
            Optional.of(1));
    store.record(
        payment,
        Optional.of(advice),
        applied(rows.paymentId(payment), "C1", "0", fromLine),
        "v",
        "system");

    assertThat(store.unlinkedAdvices()).isEmpty();
    assertThat(jdbc.queryForMap("select bank_payment_id, customer_id from remittance_advice"))
        .containsEntry("bank_payment_id", payment)
        .containsEntry("customer_id", "C1");
    assertThat(
            jdbc.queryForObject(
                "select remittance_line_id is not null from payment_application", Boolean.class))
        .isTrue();
  }
}
