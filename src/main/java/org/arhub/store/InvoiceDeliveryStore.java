package org.arhub.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoice deliveries per channel (V9): recorded with the invoice's issue (outbox), claimed by the
 * delivery poller when due, and closed as sent, acknowledged, rejected or failed. Nothing is
 * deleted; a delivery's state is the record of what the customer received.
 */
@Repository
public class InvoiceDeliveryStore {
  private final JdbcTemplate jdbc;

  public InvoiceDeliveryStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One document of a delivery; {@code format} is the rendering (pdf, ubl, cii, ...). */
  public record Document(String fileName, String mediaType, String format, byte[] bytes) {}

  /** A delivery due to be sent now. */
  public record Due(
      long id,
      long invoiceId,
      String invoiceNumber,
      String channel,
      String target,
      Optional<String> subject,
      Optional<String> body,
      int attempts) {}

  /** What a delivery came to, for the API and the operations page. */
  public record State(
      long id,
      String invoiceNumber,
      String channel,
      String target,
      String status,
      Optional<String> reason,
      int attempts,
      Instant nextAttemptAt,
      Optional<Instant> sentAt) {}

  /**
   * Records a delivery with its documents in the caller's transaction. A second call for the same
   * invoice and channel records nothing and returns the first delivery's id: an invoice issued
   * twice is delivered once.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long queue(
      long invoiceId,
      String channel,
      String target,
      String subject,
      String body,
      List<Document> documents) {
    // a delivery held before (its rendering failed, its address was missing) is queued now;
    // any other existing delivery of this invoice and channel stays as it is
    Long id =
        jdbc.query(
            """
            insert into invoice_delivery(invoice_id, channel, target, subject, body)
            values (?, ?, ?, ?, ?)
            on conflict on constraint invoice_delivery_once do update
               set status = 'QUEUED', reason = null, target = excluded.target,
                   subject = excluded.subject, body = excluded.body, attempts = 0,
                   next_attempt_at = now()
             where invoice_delivery.status = 'HELD'
            returning id""",
            rs -> rs.next() ? rs.getLong(1) : null,
            invoiceId,
            channel,
            target,
            subject,
            body);
    if (id == null) {
      return existing(invoiceId, channel);
    }
    int position = 0;
    for (Document document : documents) {
      String sha256 = FileContents.store(jdbc, document.bytes());
      jdbc.update(
          """
          insert into invoice_delivery_document(delivery_id, position, file_name, media_type, format, sha256)
          values (?, ?, ?, ?, ?, ?)""",
          id,
          ++position,
          document.fileName(),
          document.mediaType(),
          document.format(),
          sha256);
    }
    return id;
  }

  /**
   * Records a delivery that may not leave (its rendering failed validation) with the reason, so the
   * invoice shows as held rather than silently unsent.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long hold(long invoiceId, String channel, String target, String reason) {
    Long id =
        jdbc.query(
            """
            insert into invoice_delivery(invoice_id, channel, target, status, reason, subject)
            values (?, ?, ?, 'HELD', ?, '')
            on conflict on constraint invoice_delivery_once do update
               set reason = excluded.reason, target = excluded.target
             where invoice_delivery.status = 'HELD'
            returning id""",
            rs -> rs.next() ? rs.getLong(1) : null,
            invoiceId,
            channel,
            target,
            reason);
    return id != null ? id : existing(invoiceId, channel);
  }

  /** Links an SFTP document, recorded in the partner outbox, to its delivery. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void linkOutboundFile(long deliveryId, long outboundFileId) {
    jdbc.update(
        "update outbound_file set invoice_delivery_id = ? where id = ?",
        deliveryId,
        outboundFileId);
  }

  private long existing(long invoiceId, String channel) {
    return jdbc.queryForObject(
        "select id from invoice_delivery where invoice_id = ? and channel = ?",
        Long.class,
        invoiceId,
        channel);
  }

  /**
   * Claims mail and folder deliveries that are due; rows another instance holds are skipped. The
   * claim lasts until the caller's transaction ends, so the outcome must be recorded in it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<Due> claimDue(int limit) {
    return jdbc.query(
        """
        select d.id, d.invoice_id, i.number, d.channel, d.target, d.subject, d.body, d.attempts
          from invoice_delivery d join invoice i on i.id = d.invoice_id
         where d.status = 'QUEUED' and d.channel <> 'SFTP' and d.next_attempt_at <= now()
         order by d.next_attempt_at, d.id
         limit ?
           for update of d skip locked""",
        (rs, n) ->
            new Due(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Optional.ofNullable(rs.getString(6)),
                Optional.ofNullable(rs.getString(7)),
                rs.getInt(8)),
        limit);
  }

  public List<Document> documents(long deliveryId) {
    return jdbc.query(
        """
        select d.file_name, d.media_type, d.format, c.bytes
          from invoice_delivery_document d join file_content c on c.sha256 = d.sha256
         where d.delivery_id = ? order by d.position""",
        (rs, n) -> new Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)),
        deliveryId);
  }

  public void sent(long id) {
    jdbc.update(
        """
        update invoice_delivery set status = 'SENT', sent_at = now(), attempts = attempts + 1
         where id = ?""",
        id);
  }

  /** A transient failure: tried again at {@code next}. */
  public void retryAt(long id, String reason, Instant next) {
    jdbc.update(
        """
        update invoice_delivery set attempts = attempts + 1, reason = ?, next_attempt_at = ?
         where id = ?""",
        reason,
        Timestamp.from(next),
        id);
  }

  /** A permanent failure, or the last attempt: an operator must act. */
  public void failed(long id, String reason) {
    jdbc.update(
        """
        update invoice_delivery set status = 'FAILED', attempts = attempts + 1, reason = ?
         where id = ?""",
        reason,
        id);
  }

  /**
   * Puts a failed delivery back in the queue with its attempts counted afresh (an operator fixed
   * the cause).
   */
  public boolean requeue(long id) {
    return jdbc.update(
            """
            update invoice_delivery set status = 'QUEUED', next_attempt_at = now(), attempts = 0
             where id = ? and status = 'FAILED'""",
            id)
        == 1;
  }

  /** The state of the invoice's delivery by a channel, if it has one. */
  public Optional<String> status(long invoiceId, String channel) {
    return jdbc
        .queryForList(
            "select status from invoice_delivery where invoice_id = ? and channel = ?",
            String.class,
            invoiceId,
            channel)
        .stream()
        .findFirst();
  }

  /** Every delivery of an invoice, by channel. */
  public List<State> forInvoice(String invoiceNumber) {
    return jdbc.query(
        """
        select d.id, i.number, d.channel, d.target, d.status, d.reason, d.attempts, d.next_attempt_at,
               d.sent_at
          from invoice_delivery d join invoice i on i.id = d.invoice_id
         where i.number = ? order by d.channel""",
        (rs, n) ->
            new State(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Optional.ofNullable(rs.getString(6)),
                rs.getInt(7),
                rs.getTimestamp(8).toInstant(),
                Optional.ofNullable(rs.getTimestamp(9)).map(Timestamp::toInstant)),
        invoiceNumber);
  }
}
