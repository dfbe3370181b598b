package org.arhub.store;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Files the hub sends out, recorded before they leave (a transactional outbox). */
@Repository
public class OutboundFileStore {
  private final JdbcTemplate jdbc;

  public OutboundFileStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Pending(long id, String partnerId, String fileName, String sha256) {}

  /** Records a file to send; it leaves when the caller's transaction commits. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long enqueue(
      String partnerId,
      String kind,
      String fileName,
      byte[] bytes,
      Long inboundFileId,
      Long interchangeControl) {
    String sha256 = FileContents.store(jdbc, bytes);
    return jdbc.queryForObject(
        """
        insert into outbound_file(partner_id, kind, file_name, sha256, size, status, inbound_file_id, interchange_control)
        values (?, ?, ?, ?, ?, 'PENDING', ?, ?) returning id""",
        Long.class,
        partnerId,
        kind,
        fileName,
        sha256,
        bytes.length,
        inboundFileId,
        interchangeControl);
  }

  /** Claims files not yet sent; rows another instance is sending are skipped, not waited for. */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<Pending> claim(int limit) {
    return jdbc.query(
        "select id, partner_id, file_name, sha256 from outbound_file where status <> 'SENT' order by id limit ?"
            + " for update skip locked",
        (rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
        limit);
  }

  public byte[] content(String sha256) {
    return jdbc.queryForObject(
        "select bytes from file_content where sha256 = ?", byte[].class, sha256);
  }

  /** The file left; an invoice delivery whose files have all left is sent. */
  public void sent(long id) {
    jdbc.update(
        "update outbound_file set status = 'SENT', sent_at = now(), reason = null where id = ?",
        id);
    jdbc.update(
        """
        update invoice_delivery d set status = 'SENT', sent_at = now(), attempts = attempts + 1, reason = null
         where d.id = (select invoice_delivery_id from outbound_file where id = ?)
           and d.status = 'QUEUED'
           and not exists (select 1 from outbound_file o
                            where o.invoice_delivery_id = d.id and o.status <> 'SENT')""",
        id);
  }

  /** Returns true when this is the file's first failure (alert once, keep retrying). */
  public boolean failed(long id, String reason) {
    String before =
        jdbc.queryForObject("select status from outbound_file where id = ?", String.class, id);
    jdbc.update("update outbound_file set status = 'FAILED', reason = ? where id = ?", reason, id);
    // the invoice's delivery stays queued (the outbox tries again) but shows why it has not left
    jdbc.update(
        """
        update invoice_delivery set attempts = attempts + 1, reason = ?
         where id = (select invoice_delivery_id from outbound_file where id = ?) and status = 'QUEUED'""",
        reason,
        id);
    return !"FAILED".equals(before);
  }

  /**
   * Marks an outbound file as the 810 of an invoice, sent in functional group {@code groupControl}.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void invoiceSent(long id, long groupControl, String invoiceNumber) {
    jdbc.update(
        "update outbound_file set group_control = ?, invoice_number = ? where id = ?",
        groupControl,
        invoiceNumber,
        id);
    jdbc.update(
        "update invoice set delivery_status = 'SENT' where number = ? and delivery_status is null",
        invoiceNumber);
  }

  /**
   * Records what a partner's 997/999 says of the 810s sent in one of our functional groups, on the
   * files and on the invoices; returns the invoice numbers it concerned.
   */
  @Transactional
  public List<String> acknowledged(
      String partnerId, long groupControl, String code, String detail) {
    List<String> invoices =
        jdbc.queryForList(
            """
            update outbound_file set acknowledgment = ?, acknowledgment_detail = ?, acknowledged_at = now()
            where partner_id = ? and group_control = ? and kind = '810' returning invoice_number""",
            String.class,
            code,
            detail,
            partnerId,
            groupControl);
    for (String invoice : invoices) {
      jdbc.update("update invoice set delivery_status = ? where number = ?", code, invoice);
    }
    jdbc.update(
        """
        update invoice_delivery d
           set status = case when ? = 'REJECTED' then 'REJECTED' else 'ACKNOWLEDGED' end,
               acknowledged_at = now(),
               sent_at = coalesce(d.sent_at, o.sent_at, now()),
               reason = case when ? = 'REJECTED' then coalesce(?, 'rejected by the partner') else d.reason end
          from outbound_file o
         where o.invoice_delivery_id = d.id and o.partner_id = ? and o.group_control = ? and o.kind = '810'
           and d.status in ('QUEUED', 'SENT')""",
        code,
        code,
        detail,
        partnerId,
        groupControl);
    return invoices;
  }

  public List<String> statuses(String partnerId) {
    return jdbc.queryForList(
        "select file_name || ':' || status from outbound_file where partner_id = ? order by id",
        String.class,
        partnerId);
  }
}
