package org.arhub.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.invoicing.CheckedInvoice;
import org.arhub.invoicing.InvoiceArithmetic;
import org.arhub.invoicing.InvoiceNumberFormat;
import org.arhub.invoicing.InvoiceProblem;
import org.arhub.invoicing.Invoices;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.arhub.model.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices from the ERP: numbered in the series of their type, stored with their lines and their
 * canonical JSON (what the renderers read), OPEN and waiting for delivery ({@code delivery_state =
 * 'PENDING'}: the delivery step takes them from there). The ERP's document id is unique, so the
 * same document is stored once whichever way and however often it arrives. Refused invoices are
 * kept in {@code invoice_rejection} with every problem.
 */
@Repository
public class InvoiceStore {
  private final JdbcTemplate jdbc;
  private final InvoiceNumbers numbers;
  private final AuditLog audit;

  public InvoiceStore(JdbcTemplate jdbc, InvoiceNumbers numbers, AuditLog audit) {
    this.jdbc = jdbc;
    this.numbers = numbers;
    this.audit = audit;
  }

  /** Where an invoice came from: an ERP partner's file, or the API (no file, maybe no partner). */
  public record Source(Optional<String> partnerId, Optional<Long> inboundFileId, String actor) {
    public static Source api(String user) {
      return new Source(Optional.empty(), Optional.empty(), user);
    }
  }

  /** An invoice as stored: the hub's number and the canonical JSON under it. */
  public record StoredInvoice(
      long id,
      String number,
      String documentId,
      String contentSha256,
      String status,
      String deliveryState,
      String canonicalJson) {
    public Invoice invoice() {
      try {
        return InvoiceJson.read(
            new ByteArrayInputStream(canonicalJson.getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public Optional<StoredInvoice> byDocumentId(String documentId) {
    return jdbc.query(SELECT + " where erp_document_id = ?", ROW, documentId).stream().findFirst();
  }

  public Optional<StoredInvoice> byNumber(String number) {
    return jdbc.query(SELECT + " where number = ?", ROW, number).stream().findFirst();
  }

  /**
   * Numbers and inserts the invoice in the caller's transaction (the number is given back if it
   * rolls back). A document id stored meanwhile by another instance is a {@code
   * DuplicateKeyException}.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public StoredInvoice insert(
      CheckedInvoice checked, String contentSha256, InvoiceNumberFormat format, Source source) {
    Invoice sent = checked.invoice();
    String series = format.series(sent.issueDate());
    // numbers already taken (e.g. invoices loaded before the hub numbered them) are skipped: they
    // exist, so the series stays without gaps, and the unique number is never hit
    long sequence = numbers.next(series);
    while (numberTaken(format.number(sent.issueDate(), sequence))) {
      sequence = numbers.next(series);
    }
    Invoice numbered = Invoices.withNumber(sent, format.number(sent.issueDate(), sequence));
    String json = json(numbered);
    long id =
        jdbc.queryForObject(
            """
            insert into invoice(number, customer_id, currency, issue_date, due_date, amount, terms,
                                discount_rate, discount_until, status, source_file_id, document_type,
                                series, series_no, erp_partner_id, erp_document_id, content_sha256,
                                net_amount, tax_amount, buyer_reference, canonical, delivery_state)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'PENDING')
            returning id""",
            Long.class,
            numbered.number(),
            checked.customerId(),
            numbered.currency(),
            Date.valueOf(numbered.issueDate()),
            Date.valueOf(checked.dueDate()),
            numbered.totals().payable(),
            numbered.terms().orElse(null),
            checked.discountRate().orElse(null),
            checked.discountUntil().map(Date::valueOf).orElse(null),
            source.inboundFileId().orElse(null),
            checked.creditNote() ? "CREDIT_NOTE" : "INVOICE",
            series,
            sequence,
            source.partnerId().orElse(null),
            checked.documentId(),
            contentSha256,
            numbered.totals().net(),
            numbered.totals().tax(),
            numbered.buyerReference().orElse(null),
            json);
    insertLines(id, numbered);
    audit.record(
        source.actor(),
        "INVOICE_RECEIVED",
        "invoice",
        id,
        Map.of(
            "number", numbered.number(),
            "documentId", checked.documentId(),
            "customer", checked.customerId(),
            "amount", numbered.totals().payable().toPlainString(),
            "currency", numbered.currency()));
    return new StoredInvoice(
        id, numbered.number(), checked.documentId(), contentSha256, "OPEN", "PENDING", json);
  }

  private void insertLines(long invoiceId, Invoice invoice) {
    int scale = Money.scale(invoice.currency());
    List<Object[]> rows = new ArrayList<>();
    int lineNo = 0;
    for (Invoice.Line line : invoice.lines()) {
      lineNo++;
      BigDecimal net = InvoiceArithmetic.lineNet(line, invoice.currency());
      rows.add(
          new Object[] {
            invoiceId,
            lineNo,
            line.description(),
            line.quantity(),
            line.unitPrice(),
            net,
            // informative: the invoice's tax is rounded once per rate, not per line
            net.multiply(line.taxRate()).movePointLeft(2).setScale(scale, RoundingMode.HALF_UP),
            line.unit(),
            line.taxCategory(),
            line.taxRate()
          });
    }
    jdbc.batchUpdate(
        """
        insert into invoice_line(invoice_id, line_no, description, quantity, unit_price, amount,
                                 tax_amount, unit, tax_category, tax_rate)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        rows);
  }

  /** A refused invoice or customer record with every problem; returns its id. */
  @Transactional
  public long reject(
      String subject,
      Optional<String> documentId,
      String position,
      List<InvoiceProblem> problems,
      Source source) {
    List<Map<String, String>> items =
        problems.stream().map(p -> Map.of("where", p.where(), "problem", p.problem())).toList();
    long id =
        jdbc.queryForObject(
            """
            insert into invoice_rejection(subject, inbound_file_id, partner_id, erp_document_id, position, problems)
            values (?, ?, ?, ?, ?, ?::jsonb) returning id""",
            Long.class,
            subject,
            source.inboundFileId().orElse(null),
            source.partnerId().orElse(null),
            documentId.orElse(null),
            position,
            AuditLog.json(items));
    audit.record(
        source.actor(),
        subject + "_REFUSED",
        "invoice_rejection",
        id,
        Map.of("documentId", documentId.orElse(""), "problems", problems.size()));
    return id;
  }

  /** One refused invoice, newest first in {@link #rejected}. */
  public record Rejection(
      long id,
      String subject,
      Long inboundFileId,
      String partnerId,
      String documentId,
      String position,
      String problemsJson,
      Instant rejectedAt) {}

  public List<Rejection> rejected(int limit) {
    return jdbc.query(
        """
        select id, subject, inbound_file_id, partner_id, erp_document_id, position, problems::text, rejected_at
        from invoice_rejection order by id desc limit ?""",
        (rs, n) ->
            new Rejection(
                rs.getLong(1),
                rs.getString(2),
                (Long) rs.getObject(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getTimestamp(8).toInstant()),
        limit);
  }

  private static String json(Invoice invoice) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      InvoiceJson.write(invoice, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static final String SELECT =
      "select id, number, erp_document_id, content_sha256, status, delivery_state, canonical::text from invoice";

  private static final RowMapper<StoredInvoice> ROW =
      (rs, n) ->
          new StoredInvoice(
              rs.getLong(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              rs.getString(7));

  private boolean numberTaken(String number) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select exists (select 1 from invoice where number = ?)", Boolean.class, number));
  }
}
