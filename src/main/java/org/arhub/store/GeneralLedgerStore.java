package org.arhub.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.arhub.ledger.ArDocument;
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
   * own transaction so that one invoice the journal refuses (its lines do not add up to its total)
   * does not hold up the others. Returns the refusals, each naming the invoice.
   */
  public List<String> journalInvoices(InvoiceJournal journal, int limit) {
    List<String> problems = new ArrayList<>();
    Set<String> creditNotes = new HashSet<>();
    for (ArDocument invoice : unjournalledInvoices(limit, creditNotes)) {
      try {
        JournalEntry entry =
            creditNotes.contains(invoice.number())
                ? journal.creditNote(invoice)
                : journal.invoiceIssued(invoice);
        transactions.executeWithoutResult(status -> writer.post(entry));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    return problems;
  }

  /** Journals one entry built elsewhere (a refund, an FX difference) once, in a transaction. */
  public boolean post(JournalEntry entry) {
    return Boolean.TRUE.equals(transactions.execute(status -> writer.post(entry)));
  }

  /** Invoices and credit notes not yet journalled; the numbers of credit notes go to the set. */
  private List<ArDocument> unjournalledInvoices(int limit, Set<String> creditNotes) {
    Map<Long, ArDocument> invoices = new LinkedHashMap<>();
    Map<Long, List<ArDocument.Line>> lines = new TreeMap<>();
    jdbc.query(
        """
        select i.id, i.number, i.customer_id, c.customer_group, i.currency, i.issue_date, i.amount,
               i.document_type, l.amount as net, l.tax_amount as tax, l.tax_category, l.tax_rate
        from (select * from invoice i
              where not exists (select 1 from journal_entry e
                                 where e.posting_id = case i.document_type when 'CREDIT_NOTE'
                                                      then 'credit-note:' else 'invoice:' end || i.number)
              order by i.id limit ?) i
        join customer c on c.id = i.customer_id
        left join invoice_line l on l.invoice_id = i.id
        order by i.id, l.line_no""",
        rs -> {
          long id = rs.getLong("id");
          if ("CREDIT_NOTE".equals(rs.getString("document_type"))) {
            creditNotes.add(rs.getString("number"));
          }
          if (!invoices.containsKey(id)) {
            invoices.put(
                id,
                new ArDocument(
                    rs.getString("number"),
                    rs.getString("customer_id"),
                    Optional.ofNullable(rs.getString("customer_group")),
                    rs.getString("currency"),
                    rs.getDate("issue_date").toLocalDate(),
                    Money.atScale(rs.getBigDecimal("amount"), rs.getString("currency")),
                    List.of()));
          }
          BigDecimal net = rs.getBigDecimal("net");
          if (net != null) {
            String currency = rs.getString("currency");
            lines
                .computeIfAbsent(id, k -> new ArrayList<>())
                .add(
                    new ArDocument.Line(
                        Money.atScale(net, currency),
                        Money.atScale(rs.getBigDecimal("tax"), currency),
                        Optional.ofNullable(rs.getString("tax_category")),
                        Optional.ofNullable(rs.getBigDecimal("tax_rate"))));
          }
        },
        limit);
    List<ArDocument> documents = new ArrayList<>();
    invoices.forEach(
        (id, doc) -> {
          // an invoice loaded without lines (the ERP CSV) is known by its total only
          List<ArDocument.Line> docLines =
              lines.getOrDefault(
                  id,
                  List.of(
                      new ArDocument.Line(
                          doc.gross(), BigDecimal.ZERO, Optional.empty(), Optional.empty())));
          documents.add(
              new ArDocument(
                  doc.number(),
                  doc.customerId(),
                  doc.customerGroup(),
                  doc.currency(),
                  doc.issueDate(),
                  doc.gross(),
                  docLines));
        });
    return documents;
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
