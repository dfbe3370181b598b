package org.arhub.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arhub.cashapp.Allocation;
import org.arhub.cashapp.Decision;
import org.arhub.ledger.ArJournal;
import org.arhub.ledger.JournalEntry;
import org.arhub.ledger.JournalLine;
import org.arhub.ledger.PostingIds;
import org.arhub.store.CashApplicationStore.Recorded;
import org.arhub.store.CashPostings.InvoiceRow;
import org.arhub.store.CashPostings.PaymentRow;
import org.arhub.store.UnnestRows.Type;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The postings of many engine decisions in one transaction, with one statement per table instead of
 * one per row: the decisions, the applications, the journal entries and their lines, then the
 * invoices' and payments' statuses. The rows and posting ids are those {@link
 * CashApplicationStore#record} writes for each payment alone, inserted with the same {@code on
 * conflict (posting_id) do nothing}, the journal entries of FX differences and disputes included;
 * what few decisions need beyond that (an advice to link, a dispute row, cash left on account) goes
 * row by row through {@link CashPostings} in the same transaction. The caller holds the payments'
 * row locks; {@link #post} locks the invoices.
 */
final class CashPostingBatch {
  private final JdbcTemplate jdbc;
  private final CashPostings postings;
  private final ArJournal journal;
  private final List<Pending> pending = new ArrayList<>();

  private record Pending(PaymentRow payment, Recorded recorded, Optional<String> customer) {}

  CashPostingBatch(JdbcTemplate jdbc, CashPostings postings) {
    this.jdbc = jdbc;
    this.postings = postings;
    this.journal = postings.journal();
  }

  void add(PaymentRow payment, Recorded recorded) {
    Decision decision = recorded.decision();
    Optional<String> customer =
        decision
            .customerId()
            .or(() -> decision.allocations().stream().map(Allocation::customerId).findFirst());
    pending.add(new Pending(payment, recorded, customer));
  }

  void post() {
    if (pending.isEmpty()) {
      return;
    }
    Map<String, InvoiceRow> invoices = lockInvoices();
    for (Pending p : pending) {
      p.recorded()
          .adviceId()
          .ifPresent(advice -> postings.linkAdvice(advice, p.payment().id(), p.customer()));
    }
    Map<Long, Long> decisionIds = decisions();
    UnnestRows applications =
        new UnnestRows(
            Type.BIGINT,
            Type.BIGINT,
            Type.TEXT,
            Type.NUMERIC,
            Type.NUMERIC,
            Type.NUMERIC,
            Type.TEXT,
            Type.NUMERIC,
            Type.BIGINT,
            Type.TEXT,
            Type.TEXT,
            Type.TEXT,
            Type.BIGINT);
    List<JournalEntry> entries = new ArrayList<>();
    UnnestRows exceptions = new UnnestRows(Type.BIGINT, Type.TEXT);
    UnnestRows applied = new UnnestRows(Type.BIGINT, Type.TEXT);
    Set<Long> settledInvoices = new LinkedHashSet<>();
    for (Pending p : pending) {
      PaymentRow payment = p.payment();
      Recorded recorded = p.recorded();
      Decision decision = recorded.decision();
      long decisionId = decisionIds.get(payment.id());
      entries.add(
          journal.cashReceived(
              payment.id(), payment.paymentId(), payment.bookingDate(), payment.money()));
      if (!decision.isApplied()) {
        exceptions.add(payment.id(), p.customer().orElse(null));
        continue;
      }
      LocalDate date = payment.bookingDate();
      for (Allocation allocation : decision.allocations()) {
        InvoiceRow invoice = invoices.get(allocation.invoiceNumber());
        settledInvoices.add(invoice.id());
        Optional<Long> line =
            recorded
                .adviceId()
                .flatMap(
                    advice ->
                        allocation
                            .remittanceLine()
                            .flatMap(n -> postings.remittanceLine(advice, n, invoice.id())));
        String postingId = PostingIds.application(payment.id(), invoice.number(), payment.round());
        if (allocation.settled().signum() != 0) {
          applications.add(
              payment.id(),
              invoice.id(),
              payment.currency(),
              allocation.cash(),
              allocation.discount(),
              allocation.writeOff(),
              decision.rule(),
              decision.confidence(),
              line.orElse(null),
              recorded.decidedBy(),
              postingId,
              recorded.ruleSetVersion(),
              decisionId);
          entries.add(
              journal.application(postingId, payment.id(), date, invoice.context(), allocation));
          postings.fxDifference(postingId, invoice, allocation, date).ifPresent(entries::add);
        }
        if (allocation.disputed().signum() > 0) {
          entries.add(
              postings.openDispute(
                  PostingIds.dispute(payment.id(), invoice.number(), payment.round()),
                  payment,
                  invoice,
                  allocation.disputed(),
                  allocation.disputeReason(),
                  line,
                  date));
        }
      }
      if (decision.onAccount().signum() > 0) {
        postings.unappliedCash(
            PostingIds.onAccount(payment.id(), payment.round()),
            "ON_ACCOUNT",
            payment,
            p.customer(),
            decision.onAccount(),
            decisionId,
            recorded.decidedBy(),
            date);
      }
      applied.add(payment.id(), p.customer().orElse(null));
    }
    insertApplications(applications);
    journal(entries);
    markExceptions(exceptions);
    invoiceStatuses(settledInvoices);
    paymentStatuses(applied);
  }

  private Map<String, InvoiceRow> lockInvoices() {
    List<String> numbers =
        pending.stream()
            .filter(p -> p.recorded().decision().isApplied())
            .flatMap(p -> p.recorded().decision().allocations().stream())
            .map(Allocation::invoiceNumber)
            .distinct()
            .toList();
    Map<String, InvoiceRow> invoices = postings.lockInvoices(numbers);
    for (Pending p : pending) {
      if (!p.recorded().decision().isApplied()) {
        continue;
      }
      for (Allocation allocation : p.recorded().decision().allocations()) {
        if (!invoices.containsKey(allocation.invoiceNumber())) {
          throw new IllegalArgumentException(
              "payment %s: unknown invoice %s"
                  .formatted(p.payment().paymentId(), allocation.invoiceNumber()));
        }
      }
    }
    return invoices;
  }

  /** Inserts the decisions; returns their ids by bank payment id. */
  private Map<Long, Long> decisions() {
    UnnestRows rows =
        new UnnestRows(
            Type.BIGINT,
            Type.TEXT,
            Type.TEXT,
            Type.TEXT,
            Type.NUMERIC,
            Type.TEXT,
            Type.TEXT,
            Type.TEXT,
            Type.TEXT,
            Type.TEXT);
    for (Pending p : pending) {
      Decision decision = p.recorded().decision();
      rows.add(
          p.payment().id(),
          decision.outcome().name(),
          p.customer().orElse(null),
          decision.rule(),
          decision.confidence(),
          p.recorded().ruleSetVersion(),
          decision.reason().orElse(null),
          AuditLog.json(decision.evidence()),
          AuditLog.json(CashApplicationStore.candidates(decision.candidates())),
          p.recorded().decidedBy());
    }
    Map<Long, Long> ids = new HashMap<>();
    jdbc.query(
        rows.statement(
            """
            insert into cash_decision(bank_payment_id, outcome, customer_id, rule, confidence, rule_set_version, reason,
                                      evidence, candidates, decided_by)
            select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::text[], ?::text[],
                                 ?::jsonb[], ?::jsonb[], ?::text[])
            returning bank_payment_id, id"""),
        rs -> {
          ids.put(rs.getLong(1), rs.getLong(2));
        });
    return ids;
  }

  private void insertApplications(UnnestRows rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.update(
        rows.statement(
            """
            insert into payment_application(bank_payment_id, invoice_id, currency, amount, discount_amount,
                                            write_off_amount, rule, confidence, remittance_line_id, applied_by,
                                            posting_id, rule_set_version, decision_id)
            select * from unnest(?::bigint[], ?::bigint[], ?::text[], ?::numeric[], ?::numeric[], ?::numeric[],
                                 ?::text[], ?::numeric[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::bigint[])
            on conflict (posting_id) do nothing"""));
  }

  /** Journals each entry once: the lines of an entry already there are not added again. */
  private void journal(List<JournalEntry> entries) {
    UnnestRows rows = new UnnestRows(Type.TEXT, Type.TEXT, Type.TEXT, Type.TEXT, Type.TEXT);
    Map<String, JournalEntry> byPostingId = new HashMap<>();
    for (JournalEntry entry : entries) {
      if (entry.reverses().isPresent()) {
        throw new IllegalArgumentException(
            "reversing entry " + entry.postingId() + " is not posted in a batch");
      }
      byPostingId.put(entry.postingId(), entry);
      rows.add(
          entry.postingId(),
          entry.entryDate(),
          entry.description(),
          entry.source(),
          entry.sourceRef());
    }
    UnnestRows lines =
        new UnnestRows(Type.BIGINT, Type.TEXT, Type.NUMERIC, Type.NUMERIC, Type.TEXT, Type.TEXT);
    jdbc.query(
        rows.statement(
            """
            insert into journal_entry(posting_id, entry_date, description, source, source_ref)
            select * from unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::text[])
            on conflict (posting_id) do nothing
            returning id, posting_id"""),
        rs -> {
          long id = rs.getLong(1);
          for (JournalLine line : byPostingId.get(rs.getString(2)).lines()) {
            lines.add(
                id,
                line.account(),
                line.debit(),
                line.credit(),
                line.currency(),
                line.memo().orElse(null));
          }
        });
    if (!lines.isEmpty()) {
      jdbc.update(
          lines.statement(
              """
              insert into journal_line(entry_id, account, debit, credit, currency, memo)
              select * from unnest(?::bigint[], ?::text[], ?::numeric[], ?::numeric[], ?::text[], ?::text[])"""));
    }
  }

  private void markExceptions(UnnestRows rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.update(
        rows.statement(
            """
            update bank_payment p set status = 'EXCEPTION', customer_id = coalesce(e.customer_id, p.customer_id)
            from unnest(?::bigint[], ?::text[]) as e(id, customer_id)
            where p.id = e.id"""));
  }

  /**
   * As {@link CashPostings#invoiceStatus}, for many invoices. OFFSET 0 keeps the lateral subquery
   * from being merged into the join, so that the id reaches into the balance view's grouping.
   */
  private void invoiceStatuses(Set<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    UnnestRows rows = new UnnestRows(Type.BIGINT);
    ids.forEach(rows::add);
    jdbc.update(
        rows.statement(
            """
            update invoice i
            set status = case when b.open_amount <= 0 then 'PAID'
                              when b.open_amount < i.amount then 'PARTIALLY_PAID'
                              else 'OPEN' end,
                updated_at = now()
            from unnest(?::bigint[]) as t(id)
            cross join lateral (select open_amount from invoice_balance where invoice_id = t.id offset 0) b
            where i.id = t.id and i.status in ('OPEN', 'PARTIALLY_PAID', 'PAID')"""));
  }

  /** As {@link CashPostings#paymentStatus} with nothing applied left UNAPPLIED, for many. */
  private void paymentStatuses(UnnestRows rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.update(
        rows.statement(
            """
            update bank_payment p
            set status = case when b.unapplied > 0 and b.applied = 0 and b.on_account = 0 and b.written_off = 0
                                then 'UNAPPLIED'
                              when b.unapplied > 0 then 'PARTIALLY_APPLIED'
                              when b.applied > 0 or b.written_off > 0 then 'APPLIED'
                              else 'ON_ACCOUNT' end,
                customer_id = coalesce(t.customer_id, p.customer_id)
            from unnest(?::bigint[], ?::text[]) as t(id, customer_id)
            cross join lateral (select * from bank_payment_balance where bank_payment_id = t.id offset 0) b
            where p.id = t.id"""));
  }
}
