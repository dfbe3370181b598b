package org.arhub.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arhub.ledger.AccountMap;
import org.arhub.ledger.ArJournal;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.model.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds: money paid back to a customer out of its on-account balance (overpayments and payments
 * left on account, less what was refunded before), journalled Dr on account, Cr bank. The client's
 * idempotency key makes the posting id ({@code refund:<customer>:<key>}), so a retried request
 * refunds once. A refund larger than the balance in its currency is refused here under the
 * customer's row lock, and by the database at commit (V12), so two concurrent refunds cannot
 * together take more than there is.
 */
@Repository
public class RefundStore {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ArJournal journal;
  private final JournalWriter writer;
  private final AuditLog audit;

  @Autowired
  public RefundStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this(jdbc, transactionManager, ChartOfAccounts.standard());
  }

  public RefundStore(
      JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AccountMap accounts) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.journal = new ArJournal(accounts);
    this.writer = new JournalWriter(jdbc);
    this.audit = new AuditLog(jdbc);
  }

  /** A refund as recorded; {@code replayed} when the key had been used before. */
  public record Refund(
      long id,
      String customerId,
      Money amount,
      String reason,
      String idempotencyKey,
      String postingId,
      LocalDate refundDate,
      String createdBy,
      boolean replayed) {}

  /**
   * {@code refund:<customer>:<key>}, with ':' and '%' in the customer id escaped (%3A, %25) so the
   * first ':' after the customer ends it: customer "A" with key "B:C" and customer "A:B" with key
   * "C" get different ids. Ids without those characters are as they always were.
   */
  public static String postingId(String customerId, String idempotencyKey) {
    String customer = customerId.replace("%", "%25").replace(":", "%3A");
    return "refund:" + customer + ":" + idempotencyKey;
  }

  /** What the customer has on account in the currency, net of refunds. */
  public BigDecimal onAccountBalance(String customerId, String currency) {
    return Money.atScale(
        jdbc.queryForObject(
            "select coalesce(sum(balance), 0) from customer_on_account_balance"
                + " where customer_id = ? and currency = ?",
            BigDecimal.class,
            customerId,
            currency),
        currency);
  }

  /**
   * Refunds {@code amount} to the customer in one transaction: the refund row, its journal entry
   * and the audit record (who, why). A request repeated with the same key returns the refund made
   * the first time and posts nothing.
   *
   * @throws IllegalArgumentException for an unknown customer, a blank reason or key, a non-positive
   *     amount, or more than the customer's on-account balance in that currency
   * @throws IllegalStateException when the key was used for a different refund
   */
  public Refund refund(
      String customerId, Money amount, String reason, String idempotencyKey, String user) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a refund needs a reason, for the audit log");
    }
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("a refund needs an idempotency key, so a retry pays once");
    }
    if (amount.amount().signum() <= 0) {
      throw new IllegalArgumentException(
          "refund amount must be positive, was " + amount.amount().toPlainString());
    }
    return transactions.execute(
        status -> {
          if (jdbc.queryForList("select 1 from customer where id = ? for no key update", customerId)
              .isEmpty()) {
            throw new IllegalArgumentException("unknown customer " + customerId);
          }
          List<Refund> earlier = find(customerId, idempotencyKey);
          if (!earlier.isEmpty()) {
            return sameRefund(earlier.get(0), amount, idempotencyKey);
          }
          BigDecimal available = onAccountBalance(customerId, amount.currency());
          if (amount.amount().compareTo(available) > 0) {
            throw new IllegalArgumentException(
                "customer %s has %s %s on account: cannot refund %s"
                    .formatted(
                        customerId,
                        available.toPlainString(),
                        amount.currency(),
                        amount.amount().toPlainString()));
          }
          LocalDate today = LocalDate.now();
          String postingId = postingId(customerId, idempotencyKey);
          long id =
              jdbc.queryForObject(
                  """
                  insert into refund(customer_id, currency, amount, reason, idempotency_key, posting_id, refund_date,
                                     created_by)
                  values (?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                  Long.class,
                  customerId,
                  amount.currency(),
                  amount.amount(),
                  reason,
                  idempotencyKey,
                  postingId,
                  Date.valueOf(today),
                  user);
          writer.post(journal.refund(postingId, String.valueOf(id), today, amount, customerId));
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("customer", customerId);
          detail.put("amount", amount.amount().toPlainString());
          detail.put("currency", amount.currency());
          detail.put("idempotencyKey", idempotencyKey);
          detail.put("why", reason);
          audit.record(user, "cash.refund", "refund", id, detail);
          return find(customerId, idempotencyKey).get(0);
        });
  }

  private static Refund sameRefund(Refund earlier, Money amount, String key) {
    if (!earlier.amount().equals(amount)) {
      throw new IllegalStateException(
          "idempotency key %s was used for a refund of %s %s, not %s %s"
              .formatted(
                  key,
                  earlier.amount().amount().toPlainString(),
                  earlier.amount().currency(),
                  amount.amount().toPlainString(),
                  amount.currency()));
    }
    return new Refund(
        earlier.id(),
        earlier.customerId(),
        earlier.amount(),
        earlier.reason(),
        earlier.idempotencyKey(),
        earlier.postingId(),
        earlier.refundDate(),
        earlier.createdBy(),
        true);
  }

  /** The customer's refunds, newest first. */
  public List<Refund> refunds(String customerId) {
    return jdbc.query(
        SELECT + " where customer_id = ? order by id desc", (rs, n) -> row(rs), customerId);
  }

  /** The refund a key made for the customer (the key is the client's, unique per customer). */
  private List<Refund> find(String customerId, String idempotencyKey) {
    return jdbc.query(
        SELECT + " where customer_id = ? and idempotency_key = ?",
        (rs, n) -> row(rs),
        customerId,
        idempotencyKey);
  }

  private static final String SELECT =
      "select id, customer_id, currency, amount, reason, idempotency_key, posting_id, refund_date,"
          + " created_by from refund";

  private static Refund row(ResultSet rs) throws SQLException {
    String currency = rs.getString("currency");
    return new Refund(
        rs.getLong("id"),
        rs.getString("customer_id"),
        new Money(Money.atScale(rs.getBigDecimal("amount"), currency), currency),
        rs.getString("reason"),
        rs.getString("idempotency_key"),
        rs.getString("posting_id"),
        rs.getDate("refund_date").toLocalDate(),
        rs.getString("created_by"),
        false);
  }
}
