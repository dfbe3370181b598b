package org.arhub.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.arhub.ledger.ArDocument;
import org.arhub.ledger.CanonicalArDocument;
import org.arhub.ledger.FxDifferenceJournal;
import org.arhub.ledger.InvoiceJournal;
import org.arhub.ledger.JournalEntry;
import org.arhub.ledger.gl.AccountingPeriod;
import org.arhub.ledger.gl.CustomerBalances;
import org.arhub.ledger.gl.ExportState;
import org.arhub.ledger.gl.GlBalance;
import org.arhub.ledger.gl.GlMapping;
import org.arhub.ledger.gl.GlReconciliation;
import org.arhub.ledger.gl.LedgerMovement;
import org.arhub.ledger.gl.ReconciliationReport;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.arhub.model.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The general ledger in PostgreSQL: accounting periods and their close, invoice journals, and the
 * figures reconciliation compares (sub-ledger movements by export state, customers' balances, the
 * AR control balance) and the GL balance reports read back.
 */
@Repository
public class GeneralLedgerStore {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final JournalWriter writer;
  private final AuditLog audit;

  public GeneralLedgerStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.writer = new JournalWriter(jdbc);
    this.audit = new AuditLog(jdbc);
  }

  public record Period(
      String period,
      LocalDate startDate,
      LocalDate endDate,
      String status,
      Optional<OffsetDateTime> closedAt,
      Optional<String> closedBy,
      Optional<String> reason,
      long entries) {}

  /**
   * The periods with postings or a close, newest first; a period nobody closed is OPEN. {@code
   * entries} counts the entries dated in it.
   */
  public List<Period> periods() {
    return jdbc.query(
        """
        with used as (select to_char(entry_date, 'YYYY-MM') as period, count(*) as entries
                      from journal_entry group by 1)
        select coalesce(p.period, u.period) as period,
               coalesce(p.start_date, to_date(u.period || '-01', 'YYYY-MM-DD')) as start_date,
               coalesce(p.end_date, (to_date(u.period || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day')::date) as end_date,
               coalesce(p.status, 'OPEN') as status, p.closed_at, p.closed_by, p.close_reason,
               coalesce(u.entries, 0) as entries
        from accounting_period p full join used u on u.period = p.period
        order by 1 desc""",
        (rs, n) ->
            new Period(
                rs.getString("period"),
                rs.getDate("start_date").toLocalDate(),
                rs.getDate("end_date").toLocalDate(),
                rs.getString("status"),
                Optional.ofNullable(rs.getObject("closed_at", OffsetDateTime.class)),
                Optional.ofNullable(rs.getString("closed_by")),
                Optional.ofNullable(rs.getString("close_reason")),
                rs.getLong("entries")));
  }

  /**
   * Closes a period (YYYY-MM), recording who and why in the audit log in the same transaction. From
   * then on the database moves entries dated in it to the next open period.
   */
  public Period closePeriod(String period, String actor, String why) {
    AccountingPeriod.parse(period);
    if (why == null || why.isBlank()) {
      throw new IllegalArgumentException("closing period " + period + " needs a reason");
    }
    transactions.executeWithoutResult(
        status -> {
          jdbc.queryForList(
              "select period from close_accounting_period(?, ?, ?)", period, actor, why);
          audit.record(actor, "CLOSE_PERIOD", "accounting_period", period, Map.of("reason", why));
        });
    return periods().stream().filter(p -> p.period().equals(period)).findFirst().orElseThrow();
  }

  /**
   * Journals every invoice not journalled yet (posting id {@code invoice:<number>}), each in its
   * own transaction so that one invoice the journal refuses does not hold up the others. A refusal
   * is recorded with its reason ({@link #journalRefusals}) and the invoice is left out of the next
   * rounds until it changes, so refused invoices never fill the {@code limit}. Returns the new
   * refusals, each naming the invoice.
   */
  public List<String> journalInvoices(InvoiceJournal journal, int limit) {
    List<String> problems = new ArrayList<>();
    for (Unjournalled invoice : unjournalledInvoices(limit)) {
      try {
        ArDocument document = invoice.document();
        JournalEntry entry =
            invoice.creditNote()
                ? journal.creditNote(document)
                : invoice.takenOver()
                    ? journal.openingBalance(document)
                    : journal.invoiceIssued(document);
        transactions.executeWithoutResult(
            status -> {
              writer.post(entry);
              jdbc.update("delete from invoice_journal_refusal where invoice_id = ?", invoice.id());
            });
      } catch (IllegalArgumentException | UncheckedIOException e) {
        String reason = e.getMessage();
        jdbc.update(
            """
            insert into invoice_journal_refusal(invoice_id, fingerprint, reason)
            values (?, invoice_journal_fingerprint(?), ?)
            on conflict (invoice_id) do update
              set fingerprint = excluded.fingerprint, reason = excluded.reason, refused_at = now()""",
            invoice.id(),
            invoice.id(),
            reason);
        problems.add(reason);
      }
    }
    return problems;
  }

  /** An invoice the journal refused, as long as it is unchanged and not journalled. */
  public record JournalRefusal(
      String number, String customerId, String reason, OffsetDateTime refusedAt) {}

  /** The invoices the sync round leaves out because the journal refused them, oldest first. */
  public List<JournalRefusal> journalRefusals() {
    return jdbc.query(
        """
        select i.number, i.customer_id, r.reason, r.refused_at
        from invoice_journal_refusal r join invoice i on i.id = r.invoice_id
        where r.fingerprint = invoice_journal_fingerprint(r.invoice_id)
          and not exists (select 1 from journal_entry e
                          where e.posting_id = case i.document_type when 'CREDIT_NOTE'
                                               then 'credit-note:' else 'invoice:' end || i.number)
        order by r.refused_at, i.id""",
        (rs, n) ->
            new JournalRefusal(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class)));
  }

  /** Journals one entry built elsewhere (a refund, an FX difference) once, in a transaction. */
  public boolean post(JournalEntry entry) {
    return Boolean.TRUE.equals(transactions.execute(status -> writer.post(entry)));
  }

  /**
   * An invoice or credit note waiting for its journal: stored with its canonical JSON (the ERP
   * intake and the API), or loaded from the ledger CSV with its {@code invoice_line} rows or none.
   */
  private record Unjournalled(
      long id,
      boolean creditNote,
      ArDocument header,
      Optional<String> canonicalJson,
      List<ArDocument.Line> lines) {

    /**
     * An open item loaded from the ERP's ledger (customers.csv/invoices.csv): no canonical invoice,
     * no lines. Its revenue was booked in the GL when the ERP issued it.
     */
    boolean takenOver() {
      return !creditNote && canonicalJson.isEmpty() && lines.isEmpty();
    }

    /**
     * The journal's document: from the canonical JSON, taxed per rate as the invoice was; else from
     * the stored lines; else (the ERP CSV, without lines) the total as revenue without tax.
     */
    ArDocument document() {
      if (canonicalJson.isPresent()) {
        Invoice invoice;
        try {
          invoice =
              InvoiceJson.read(
                  new ByteArrayInputStream(canonicalJson.get().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException(
              "%s %s: its canonical JSON cannot be read: %s"
                  .formatted(
                      creditNote ? "credit note" : "invoice", header.number(), e.getMessage()),
              e);
        }
        return CanonicalArDocument.of(
            invoice, header.customerId(), header.customerGroup(), header.gross());
      }
      String currency = header.currency();
      BigDecimal gross = Money.atScale(header.gross(), currency);
      List<ArDocument.Line> docLines =
          lines.isEmpty()
              ? List.of(
                  new ArDocument.Line(gross, BigDecimal.ZERO, Optional.empty(), Optional.empty()))
              : lines.stream()
                  .map(
                      l ->
                          new ArDocument.Line(
                              Money.atScale(l.net(), currency),
                              Money.atScale(l.tax(), currency),
                              l.taxCategory(),
                              l.taxRate()))
                  .toList();
      return new ArDocument(
          header.number(),
          header.customerId(),
          header.customerGroup(),
          currency,
          header.issueDate(),
          gross,
          docLines);
    }
  }

  /**
   * Invoices and credit notes not yet journalled and not refused as they are, oldest first, at most
   * {@code limit}.
   */
  private List<Unjournalled> unjournalledInvoices(int limit) {
    Map<Long, Unjournalled> invoices = new LinkedHashMap<>();
    jdbc.query(
        """
        select i.id, i.number, i.customer_id, c.customer_group, i.currency, i.issue_date, i.amount,
               i.document_type, i.canonical::text as canonical,
               l.amount as net, l.tax_amount as tax, l.tax_category, l.tax_rate
        from (select * from invoice i
              where not exists (select 1 from journal_entry e
                                 where e.posting_id = case i.document_type when 'CREDIT_NOTE'
                                                      then 'credit-note:' else 'invoice:' end || i.number)
                and not exists (select 1 from invoice_journal_refusal r
                                 where r.invoice_id = i.id
                                   and r.fingerprint = invoice_journal_fingerprint(i.id))
              order by i.id limit ?) i
        join customer c on c.id = i.customer_id
        left join invoice_line l on l.invoice_id = i.id
        order by i.id, l.line_no""",
        rs -> {
          long id = rs.getLong("id");
          String currency = rs.getString("currency");
          Unjournalled invoice =
              invoices.computeIfAbsent(
                  id,
                  k -> {
                    try {
                      return new Unjournalled(
                          id,
                          "CREDIT_NOTE".equals(rs.getString("document_type")),
                          new ArDocument(
                              rs.getString("number"),
                              rs.getString("customer_id"),
                              Optional.ofNullable(rs.getString("customer_group")),
                              currency,
                              rs.getDate("issue_date").toLocalDate(),
                              rs.getBigDecimal("amount"),
                              List.of()),
                          Optional.ofNullable(rs.getString("canonical")),
                          new ArrayList<>());
                    } catch (SQLException e) {
                      throw new IllegalStateException(e);
                    }
                  });
          BigDecimal net = rs.getBigDecimal("net");
          if (net != null) {
            // kept as stored: a line with more decimals than the currency is a refusal, later
            invoice
                .lines()
                .add(
                    new ArDocument.Line(
                        net,
                        rs.getBigDecimal("tax"),
                        Optional.ofNullable(rs.getString("tax_category")),
                        Optional.ofNullable(rs.getBigDecimal("tax_rate"))));
          }
        },
        limit);
    return List.copyOf(invoices.values());
  }

  /** The sub-ledger's net movement per account, currency, period, export state and batch. */
  public List<LedgerMovement> movements() {
    return jdbc.query(
        """
        select l.account, l.currency, to_char(e.entry_date, 'YYYY-MM') as period,
               coalesce(b.status, 'NOT_EXPORTED') as state, b.id as batch_id, sum(l.debit - l.credit) as net
        from journal_line l
        join journal_entry e on e.id = l.entry_id
        left join gl_export_line x on x.journal_line_id = l.id
        left join gl_export_batch b on b.id = x.batch_id
        group by 1, 2, 3, 4, 5
        order by 1, 2, 3, 4, 5""",
        (rs, n) ->
            new LedgerMovement(
                rs.getString("account"),
                rs.getString("currency"),
                rs.getString("period"),
                ExportState.valueOf(rs.getString("state")),
                Optional.ofNullable(rs.getString("batch_id")),
                Money.atScale(rs.getBigDecimal("net"), rs.getString("currency"))));
  }

  /**
   * Each customer's figures per currency: from the invoices, credit notes and applications, and
   * from the journal's receivables lines whose memo is one of the customer's documents (every AR
   * posting names its invoice or credit note). FX differences are in the functional currency and
   * not part of a customer's document balance.
   */
  public List<CustomerBalances.Figures> customerFigures(List<String> receivablesAccounts) {
    return jdbc.query(
        con -> {
          var ps =
              con.prepareStatement(
                  """
                  with docs as (
                    select customer_id, currency,
                           coalesce(sum(amount) filter (where document_type = 'INVOICE'), 0) as invoiced,
                           sum(applied) as applied, sum(discount + write_off) as credits,
                           coalesce(sum(amount) filter (where document_type = 'CREDIT_NOTE'), 0) as credit_notes,
                           sum(open_amount) as open
                    from invoice_balance group by 1, 2),
                  journal as (
                    select i.customer_id, l.currency, sum(l.debit - l.credit) as receivables
                    from journal_line l
                    join journal_entry e on e.id = l.entry_id
                    join invoice i on i.number = l.memo
                    where l.account = any (?) and e.source <> ?
                    group by 1, 2)
                  select coalesce(d.customer_id, j.customer_id) as customer_id,
                         coalesce(d.currency, j.currency) as currency,
                         coalesce(d.invoiced, 0) as invoiced, coalesce(d.applied, 0) as applied,
                         coalesce(d.credits, 0) as credits, coalesce(d.credit_notes, 0) as credit_notes,
                         coalesce(d.open, 0) as open,
                         coalesce(j.receivables, 0) as receivables
                  from docs d full join journal j on j.customer_id = d.customer_id and j.currency = d.currency
                  order by 1, 2""");
          Array accounts = con.createArrayOf("text", receivablesAccounts.toArray());
          ps.setArray(1, accounts);
          ps.setString(2, FxDifferenceJournal.SOURCE);
          return ps;
        },
        (rs, n) ->
            new CustomerBalances.Figures(
                rs.getString("customer_id"),
                rs.getString("currency"),
                Money.atScale(rs.getBigDecimal("invoiced"), rs.getString("currency")),
                Money.atScale(rs.getBigDecimal("applied"), rs.getString("currency")),
                Money.atScale(rs.getBigDecimal("credits"), rs.getString("currency")),
                Money.atScale(rs.getBigDecimal("credit_notes"), rs.getString("currency")),
                Money.atScale(rs.getBigDecimal("open"), rs.getString("currency")),
                Money.atScale(rs.getBigDecimal("receivables"), rs.getString("currency"))));
  }

  /** The AR control balance of the sub-ledger per currency (debits − credits). */
  public Map<String, BigDecimal> controlBalances(List<String> receivablesAccounts) {
    Map<String, BigDecimal> balances = new TreeMap<>();
    jdbc.query(
        con -> {
          var ps =
              con.prepareStatement(
                  """
                  select l.currency, sum(l.debit - l.credit)
                  from journal_line l join journal_entry e on e.id = l.entry_id
                  where l.account = any (?) and e.source <> ?
                  group by 1""");
          ps.setArray(1, con.createArrayOf("text", receivablesAccounts.toArray()));
          ps.setString(2, FxDifferenceJournal.SOURCE);
          return ps;
        },
        rs -> {
          balances.put(rs.getString(1), Money.atScale(rs.getBigDecimal(2), rs.getString(1)));
        });
    return balances;
  }

  /**
   * The reconciliation of the sub-ledger with a GL balance report: the report's accounts and the
   * receivables accounts, per currency and period, with their differences explained, and the
   * customer account breaks.
   */
  public ReconciliationReport reconcile(
      List<GlBalance> gl,
      GlMapping.BalanceKind kind,
      List<String> receivables,
      Optional<String> period) {
    period.ifPresent(AccountingPeriod::parse);
    return transactions.execute(
        status -> {
          List<GlReconciliation.Row> rows =
              GlReconciliation.compare(gl, movements(), kind, receivables, period);
          List<CustomerBalances.Break> breaks =
              CustomerBalances.check(customerFigures(receivables), controlBalances(receivables));
          return new ReconciliationReport(period, kind, rows, breaks);
        });
  }

  /** Keeps a GL balance report as received, for the reconciliation the API shows. */
  public long storeBalanceReport(String name, byte[] bytes, String user) {
    return transactions.execute(
        status -> {
          String sha256 = ContentHash.sha256(bytes);
          jdbc.update(
              "insert into file_content(sha256, size, bytes) values (?, ?, ?) on conflict (sha256) do nothing",
              sha256,
              bytes.length,
              bytes);
          long id =
              jdbc.queryForObject(
                  "insert into gl_balance_report(name, sha256, received_by) values (?, ?, ?) returning id",
                  Long.class,
                  name,
                  sha256,
                  user);
          audit.record(user, "GL_BALANCE_REPORT", "gl_balance_report", id, Map.of("name", name));
          return id;
        });
  }

  public record StoredReport(long id, String name, String content) {}

  /** The latest GL balance report received, if any. */
  public Optional<StoredReport> latestBalanceReport() {
    return jdbc
        .query(
            """
            select r.id, r.name, c.bytes from gl_balance_report r join file_content c on c.sha256 = r.sha256
            order by r.id desc limit 1""",
            (rs, n) ->
                new StoredReport(
                    rs.getLong(1),
                    rs.getString(2),
                    new String(rs.getBytes(3), StandardCharsets.UTF_8)))
        .stream()
        .findFirst();
  }
}
