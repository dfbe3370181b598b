package org.arhub.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closing a dispute opened by a deduction. While open, the deducted part sits on disputed
 * receivables (the dispute's journal entry); closing it, whatever the outcome, moves it back to
 * receivables with the reversal of that entry ({@code reverse:<dispute posting id>}), where the
 * invoice's open amount is paid, credited or written off like any other. The row's status is the
 * only thing updated; the journal is never edited.
 */
@Repository
public class DisputeStore {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final CashPostings postings;
  private final AuditLog audit;

  public DisputeStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    // reversals post the original's lines swapped and need no accounts of their own
    this.postings = new CashPostings(jdbc, null);
    this.audit = new AuditLog(jdbc);
  }

  /** How a dispute ends: the customer was right (RESOLVED) or must pay (REJECTED). */
  public enum Outcome {
    RESOLVED,
    REJECTED
  }

  /**
   * Closes an open dispute with its outcome, posting the reversal of its reclassification and an
   * audit record (who, why) in one transaction.
   *
   * @throws IllegalArgumentException for an unknown dispute or a blank reason
   * @throws IllegalStateException when the dispute is not open
   */
  public void close(long disputeId, Outcome outcome, String user, String why) {
    if (why == null || why.isBlank()) {
      throw new IllegalArgumentException("closing a dispute needs a reason, for the audit log");
    }
    transactions.executeWithoutResult(
        status -> {
          List<Map<String, Object>> rows =
              jdbc.queryForList(
                  "select status, posting_id from dispute where id = ? for update", disputeId);
          if (rows.isEmpty()) {
            throw new IllegalArgumentException("unknown dispute " + disputeId);
          }
          String current = (String) rows.get(0).get("status");
          if (!current.equals("OPEN")) {
            throw new IllegalStateException("dispute " + disputeId + " is " + current);
          }
          String postingId = (String) rows.get(0).get("posting_id");
          if (postingId != null) {
            postings.reverseEntry(postingId, LocalDate.now(), "dispute " + outcome + ": " + why);
          }
          jdbc.update(
              "update dispute set status = ?, resolved_at = now(), note = concat_ws('; ', note, ?)"
                  + " where id = ?",
              outcome.name(),
              why,
              disputeId);
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("outcome", outcome.name());
          detail.put("why", why);
          audit.record(user, "dispute.close", "dispute", disputeId, detail);
        });
  }
}
