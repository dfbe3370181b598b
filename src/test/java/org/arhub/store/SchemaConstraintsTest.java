package org.arhub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.arhub.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules the database itself enforces. Each test works on its own rows of one migrated database;
 * a rule that fails at COMMIT is asserted on the commit, not on the insert.
 */
class SchemaConstraintsTest {
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static DataSource db;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.migratedDatabase("schema_constraints");
  }

  @Test
  void migrationsApplyOnAnEmptyDatabase() throws SQLException {
    DataSource empty = TestDatabase.freshDatabase("schema_empty");

    MigrateResult result =
        Flyway.configure().dataSource(empty).locations("classpath:db/migration").load().migrate();

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isPositive();
    try (Connection c = empty.getConnection()) {
      assertThat(
              strings(
                  c,
                  "select table_name from information_schema.tables where table_schema = 'public'"))
          .contains(
              "partner",
              "file_content",
              "inbound_file",
              "file_claim",
              "alert",
              "audit_log",
              "customer",
              "customer_bank_account",
              "invoice",
              "invoice_line",
              "bank_statement",
              "bank_payment",
              "remittance_advice",
              "remittance_line",
              "payment_application",
              "journal_entry",
              "journal_line",
              "dispute");
    }
  }

  @Nested
  class Journal {
    @Test
    void balancedEntryInsertedLineByLineCommits() throws SQLException {
      long entry =
          inTransaction(
              c -> {
                long id = journalEntry(c);
                journalLine(c, id, "1200-BANK", "100.00", "0", "EUR");
                journalLine(c, id, "1100-AR", "0", "60.00", "EUR");
                journalLine(c, id, "1100-AR", "0", "40.00", "EUR");
                return id;
              });

      try (Connection c = db.getConnection()) {
        assertThat(queryForLong(c, "select count(*) from journal_line where entry_id = ?", entry))
            .isEqualTo(3);
      }
    }

    @Test
    void unbalancedEntryFailsAtCommitNamingEntryAndFigures() throws SQLException {
      List<Long> entry = new ArrayList<>();

      assertThatThrownBy(
              () ->
                  inTransaction(
                      c -> {
                        long id = journalEntry(c);
                        entry.add(id);
                        journalLine(c, id, "1200-BANK", "100.00", "0", "EUR");
                        journalLine(
                            c, id, "1100-AR", "0", "90.00", "EUR"); // the insert itself is accepted
                        return id;
                      }))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(
              "journal entry "
                  + entry.get(0)
                  + " does not balance: debits 100.00 != credits 90.00 (EUR)");
      assertNoEntry(entry.get(0));
    }

    @Test
    void entryWithoutLinesFails() throws SQLException {
      List<Long> entry = new ArrayList<>();

      assertThatThrownBy(
              () ->
                  inTransaction(
                      c -> {
                        entry.add(journalEntry(c));
                        return null;
                      }))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("journal entry " + entry.get(0))
          .hasMessageContaining("has no lines");
      assertNoEntry(entry.get(0));
    }

    @Test
    void everyCurrencyMustBalanceOnItsOwn() {
      assertThatThrownBy(
              () ->
                  inTransaction(
                      c -> {
                        long id = journalEntry(c);
                        journalLine(c, id, "1200-BANK", "100.00", "0", "EUR");
                        journalLine(c, id, "1100-AR", "0", "100.00", "EUR");
                        journalLine(c, id, "1210-BANK-USD", "50.00", "0", "USD");
                        journalLine(c, id, "1100-AR", "0", "40.00", "USD");
                        return id;
                      }))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("does not balance: debits 50.00 != credits 40.00 (USD)");
    }

    @Test
    void debitsInOneCurrencyDoNotOffsetCreditsInAnother() {
      assertThatThrownBy(
              () ->
                  inTransaction(
                      c -> {
                        long id = journalEntry(c);
                        journalLine(c, id, "1200-BANK", "100.00", "0", "EUR");
                        journalLine(c, id, "1100-AR", "0", "90.00", "EUR");
                        journalLine(c, id, "1210-BANK-USD", "40.00", "0", "USD");
                        journalLine(c, id, "1100-AR", "0", "50.00", "USD");
                        return id;
                      }))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("does not balance: debits 100.00 != credits 90.00 (EUR)");
    }

    @Test
    void postedLinesAndEntriesCannotBeChanged() throws SQLException {
      long entry = balancedEntry();

      try (Connection c = db.getConnection()) {
        assertThatThrownBy(
                () ->
                    update(
                        c, "update journal_line set credit = credit + 1 where entry_id = ?", entry))
            .hasMessageContaining("UPDATE on journal_line refused");
        assertThatThrownBy(() -> update(c, "delete from journal_line where entry_id = ?", entry))
            .hasMessageContaining("DELETE on journal_line refused");
        assertThatThrownBy(
                () -> update(c, "update journal_entry set description = 'x' where id = ?", entry))
            .hasMessageContaining("UPDATE on journal_entry refused");
        assertThatThrownBy(() -> update(c, "delete from journal_entry where id = ?", entry))
            .hasMessageContaining("DELETE on journal_entry refused");
      }
    }

    @Test
    void postedEntryCannotGainLines() throws SQLException {
      long entry = balancedEntry();

      assertThatThrownBy(
              () ->
                  inTransaction(
                      c -> {
                        journalLine(c, entry, "1200-BANK", "5.00", "0", "EUR");
                        journalLine(c, entry, "1100-AR", "0", "5.00", "EUR");
                        return null;
                      }))
          .hasMessageContaining("journal entry " + entry + " is already posted");
    }

    @Test
    void lineWithBothDebitAndCreditIsRefused() {
      assertThatThrownBy(
              () ->
                  inTransaction(
                      c -> {
                        long id = journalEntry(c);
                        journalLine(c, id, "1200-BANK", "10.00", "10.00", "EUR");
                        return id;
                      }))
          .hasMessageContaining("journal_line_one_side");
    }

    @Test
    void postingIdIsUnique() throws SQLException {
      String postingId = "dup-" + UUID.randomUUID();
      inTransaction(c -> balancedLines(c, journalEntry(c, postingId)));

      assertThatThrownBy(() -> inTransaction(c -> balancedLines(c, journalEntry(c, postingId))))
          .hasMessageContaining("journal_entry_posting_id_key");
    }

    private long balancedEntry() throws SQLException {
      return inTransaction(c -> balancedLines(c, journalEntry(c)));
    }

    private long balancedLines(Connection c, long entry) throws SQLException {
      journalLine(c, entry, "1200-BANK", "25.00", "0", "EUR");
      journalLine(c, entry, "1100-AR", "0", "25.00", "EUR");
      return entry;
    }

    private void assertNoEntry(long id) throws SQLException {
      try (Connection c = db.getConnection()) {
        assertThat(queryForLong(c, "select count(*) from journal_entry where id = ?", id)).isZero();
      }
    }
  }

  @Nested
  class AuditLog {
    @Test
    void rowsCanBeAppendedButNeverChanged() throws SQLException {
      try (Connection c = db.getConnection()) {
        long id =
            queryForLong(
                c,
                "insert into audit_log(actor, action, entity, entity_id, detail) "
                    + "values ('test', 'TEST', 'thing', '1', '{\"a\": 1}') returning id");

        assertThatThrownBy(
                () -> update(c, "update audit_log set actor = 'mallory' where id = ?", id))
            .hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> update(c, "delete from audit_log where id = ?", id))
            .hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> update(c, "truncate audit_log"))
            .hasMessageContaining("audit_log is append-only");
        assertThat(
                queryForLong(
                    c, "select count(*) from audit_log where id = ? and actor = 'test'", id))
            .isEqualTo(1);
      }
    }
  }

  @Nested
  class InboundFile {
    @Test
    void secondLiveCopyOfTheSameContentIsRefused() throws SQLException {
      try (Connection c = db.getConnection()) {
        String sha = content(c);
        inboundFile(c, sha, "RECEIVED", null, null);

        assertThatThrownBy(() -> inboundFile(c, sha, "PARSED", null, null))
            .hasMessageContaining("inbound_file_first_copy");
      }
    }

    @Test
    void duplicatePointingToTheFirstCopyIsAccepted() throws SQLException {
      try (Connection c = db.getConnection()) {
        String sha = content(c);
        long first = inboundFile(c, sha, "RECEIVED", null, null);

        assertThatCode(() -> inboundFile(c, sha, "DUPLICATE", first, null))
            .doesNotThrowAnyException();
        assertThatCode(() -> inboundFile(c, sha, "DUPLICATE", first, null))
            .doesNotThrowAnyException();
      }
    }

    @Test
    void duplicateMustNameItsOriginalAndHaveTheSameContent() throws SQLException {
      try (Connection c = db.getConnection()) {
        String sha = content(c);
        long other = inboundFile(c, content(c), "RECEIVED", null, null);

        assertThatThrownBy(() -> inboundFile(c, sha, "DUPLICATE", null, null))
            .hasMessageContaining("inbound_file_duplicate_has_original");
        assertThatThrownBy(() -> inboundFile(c, sha, "DUPLICATE", other, null))
            .hasMessageContaining("inbound_file_duplicate_same_content");
      }
    }

    @Test
    void quarantineNeedsAReason() throws SQLException {
      try (Connection c = db.getConnection()) {
        String sha = content(c);

        assertThatThrownBy(() -> inboundFile(c, sha, "QUARANTINED", null, null))
            .hasMessageContaining("inbound_file_quarantine_has_reason");
        assertThatCode(() -> inboundFile(c, sha, "QUARANTINED", null, "not a bank file"))
            .doesNotThrowAnyException();
      }
    }

    private String content(Connection c) throws SQLException {
      byte[] bytes = UUID.randomUUID().toString().getBytes();
      String sha = HexFormat.of().formatHex(sha256(bytes));
      try (PreparedStatement ps =
          c.prepareStatement("insert into file_content(sha256, size, bytes) values (?, ?, ?)")) {
        ps.setString(1, sha);
        ps.setLong(2, bytes.length);
        ps.setBytes(3, bytes);
        ps.executeUpdate();
      }
      return sha;
    }

    private long inboundFile(
        Connection c, String sha, String status, Long duplicateOf, String reason)
        throws SQLException {
      return queryForLong(
          c,
          """
          insert into inbound_file(partner_id, feed, original_name, size, sha256, status, duplicate_of, reason)
          select ?, 'statements', 'stmt.xml', size, sha256, ?, ?, ? from file_content where sha256 = ?
          returning id""",
          partner(c, "BANK"),
          status,
          duplicateOf,
          reason,
          sha);
    }
  }

  @Nested
  class PaymentApplication {
    @Test
    void applicationsCannotBeChanged() throws SQLException {
      long application =
          inTransaction(c -> apply(c, payment(c, "100.00"), invoice(c, "100.00"), "100.00", null));

      try (Connection c = db.getConnection()) {
        assertThatThrownBy(
                () ->
                    update(
                        c, "update payment_application set amount = 1 where id = ?", application))
            .hasMessageContaining("UPDATE on payment_application refused");
        assertThatThrownBy(
                () -> update(c, "delete from payment_application where id = ?", application))
            .hasMessageContaining("DELETE on payment_application refused");
      }
    }

    @Test
    void negativeAmountIsRefused() {
      assertThatThrownBy(
              () ->
                  inTransaction(
                      c -> apply(c, payment(c, "100.00"), invoice(c, "100.00"), "-5.00", null)))
          .hasMessageContaining("payment_application_amount_check");
    }

    @Test
    void reversalMirrorsItsOriginalAndFreesTheCash() throws SQLException {
      long payment = inTransaction(c -> payment(c, "100.00"));
      long invoice = inTransaction(c -> invoice(c, "100.00"));
      long original = inTransaction(c -> apply(c, payment, invoice, "100.00", null));

      assertThatThrownBy(() -> inTransaction(c -> apply(c, payment, invoice, "60.00", original)))
          .hasMessageContaining("payment_application_reversal_mirrors_original");
      long reversal = inTransaction(c -> apply(c, payment, invoice, "100.00", original));
      assertThatThrownBy(() -> inTransaction(c -> apply(c, payment, invoice, "100.00", reversal)))
          .hasMessageContaining("is itself a reversal");

      try (Connection c = db.getConnection()) {
        assertThat(
                decimal(
                    c,
                    "select unapplied from bank_payment_balance where bank_payment_id = ?",
                    payment))
            .isEqualByComparingTo("100.00");
        assertThat(
                decimal(c, "select open_amount from invoice_balance where invoice_id = ?", invoice))
            .isEqualByComparingTo("100.00");
      }
    }

    @Test
    void applyingMoreThanThePaymentFailsAtCommit() throws SQLException {
      long payment = inTransaction(c -> payment(c, "100.00"));

      assertThatThrownBy(
              () ->
                  inTransaction(
                      c -> {
                        apply(c, payment, invoice(c, "80.00"), "80.00", null);
                        return apply(c, payment, invoice(c, "80.00"), "30.00", null);
                      }))
          .hasMessageContaining(
              "payment " + payment + " is over-applied: applied 110.00 > amount 100.00 (EUR)");
    }

    /** A payment needs its statement, and the statement its inbound file. */
    private long payment(Connection c, String amount) throws SQLException {
      String bank = partner(c, "BANK");
      String sha = String.format("%064x", SEQ.incrementAndGet());
      update(c, "insert into file_content(sha256, size, bytes) values (?, 1, 'x'::bytea)", sha);
      long file =
          queryForLong(
              c,
              """
          insert into inbound_file(partner_id, feed, original_name, size, sha256, status)
          values (?, 'statements', 'stmt.xml', 1, ?, 'PARSED') returning id""",
              bank,
              sha);
      long statement =
          queryForLong(
              c,
              """
          insert into bank_statement(inbound_file_id, partner_id, account, currency, statement_id, kind)
          values (?, ?, 'DE89370400440532013000', 'EUR', ?, 'camt.053') returning id""",
              file,
              bank,
              "STMT-" + SEQ.incrementAndGet());
      return queryForLong(
          c,
          """
          insert into bank_payment(statement_id, inbound_file_id, partner_id, account, payment_id, amount, currency, direction,
                                   booking_date)
          values (?, ?, ?, 'DE89370400440532013000', ?, ?, 'EUR', 'CREDIT', current_date) returning id""",
          statement,
          file,
          bank,
          "PAY-" + SEQ.incrementAndGet(),
          new BigDecimal(amount));
    }

    private long invoice(Connection c, String amount) throws SQLException {
      String customer = "C-" + SEQ.incrementAndGet();
      update(c, "insert into customer(id, name) values (?, 'Customer')", customer);
      return queryForLong(
          c,
          """
          insert into invoice(number, customer_id, currency, issue_date, due_date, amount)
          values (?, ?, 'EUR', current_date, current_date + 30, ?) returning id""",
          "INV-" + SEQ.incrementAndGet(),
          customer,
          new BigDecimal(amount));
    }

    private long apply(Connection c, long payment, long invoice, String amount, Long reversalOf)
        throws SQLException {
      return queryForLong(
          c,
          """
          insert into payment_application(bank_payment_id, invoice_id, currency, amount, rule, confidence, reversal_of)
          values (?, ?, 'EUR', ?, 'TEST', 1, ?) returning id""",
          payment,
          invoice,
          new BigDecimal(amount),
          reversalOf);
    }
  }

  // --- JDBC plumbing ------------------------------------------------------------------------

  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs the work in one transaction and commits; a deferred constraint fails the commit. */
  static <T> T inTransaction(SqlWork<T> work) throws SQLException {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      T result = work.run(c);
      c.commit();
      return result;
    }
  }

  static long journalEntry(Connection c) throws SQLException {
    return journalEntry(c, "test-" + UUID.randomUUID());
  }

  static long journalEntry(Connection c, String postingId) throws SQLException {
    return queryForLong(
        c,
        "insert into journal_entry(posting_id, entry_date, description, source) "
            + "values (?, current_date, 'test', 'TEST') returning id",
        postingId);
  }

  static void journalLine(
      Connection c, long entry, String account, String debit, String credit, String currency)
      throws SQLException {
    update(
        c,
        "insert into journal_line(entry_id, account, debit, credit, currency) values (?, ?, ?, ?, ?)",
        entry,
        account,
        new BigDecimal(debit),
        new BigDecimal(credit),
        currency);
  }

  static String partner(Connection c, String kind) throws SQLException {
    String id = kind.toLowerCase() + "-" + SEQ.incrementAndGet();
    update(c, "insert into partner(id, name, kind, config) values (?, ?, ?, '{}')", id, id, kind);
    return id;
  }

  static long queryForLong(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args)) {
      return ps.executeUpdate();
    }
  }

  static BigDecimal decimal(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getBigDecimal(1);
    }
  }

  static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    return ps;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
