package org.arhub.store;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.arhub.cashapp.Allocation;
import org.arhub.ledger.ArJournal;
import org.arhub.ledger.FxDifferenceJournal;
import org.arhub.ledger.JournalEntry;
import org.arhub.ledger.JournalLine;
import org.arhub.ledger.PostingContext;
import org.arhub.ledger.PostingIds;
import org.arhub.model.Money;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows one cash-application transaction writes, each under its posting id and inserted with
 * {@code on conflict (posting_id) do nothing}: a retry of a posting already made writes nothing.
 * Callers hold the payment's row lock (and the invoices', in id order) before calling.
 */
final class CashPostings {
  private final JdbcTemplate jdbc;
  private final ArJournal journal;
  private final JournalWriter writer;
  private final Optional<FxDifferenceJournal> fx;

  CashPostings(JdbcTemplate jdbc, ArJournal journal) {
    this(jdbc, journal, Optional.empty());
  }

  /**
   * @param fx posts the realised FX difference of each application; empty (or without a rate
   *     source) posts none
   */
  CashPostings(JdbcTemplate jdbc, ArJournal journal, Optional<FxDifferenceJournal> fx) {
    this.jdbc = jdbc;
    this.journal = journal;
    this.writer = new JournalWriter(jdbc);
    this.fx = fx;
  }

  ArJournal journal() {
    return journal;
  }

  /** A bank payment as posting needs it, read under its row lock. */
  record PaymentRow(
      long id,
      String paymentId,
      BigDecimal amount,
      String currency,
      LocalDate bookingDate,
      String direction,
      String status,
      boolean provisional,
      boolean reversal,
      Optional<String> customerId,
      Optional<String> payerName,
      Optional<String> payerAccount,
      Optional<String> remittanceText,
      Optional<String> creditorReference,
      String invoiceReferences,
      int round) {
    Money money() {
      return new Money(amount, currency);
    }

    boolean isCustomerCredit() {
      return direction.equals("CREDIT") && !provisional && !reversal;
    }
  }

  /** An invoice locked for settling; the issue date is the day its FX rate was booked at. */
  record InvoiceRow(
      long id,
      String number,
      String customerId,
      String currency,
      Optional<String> customerGroup,
      LocalDate issueDate) {
    /** The chart of accounts' context for posting to this invoice: its currency and group. */
    PostingContext context() {
      return PostingContext.of(currency).withCustomerGroup(customerGroup);
    }
  }

  PaymentRow lockPayment(long bankPaymentId) {
    PaymentRow row = lockPayments(List.of(bankPaymentId)).get(bankPaymentId);
    if (row == null) {
      throw new IllegalArgumentException("no bank payment " + bankPaymentId);
    }
    return row;
  }

  /**
   * Locks the payments in id order (so two transactions never wait on each other crosswise) and
   * returns them by id; ids not found are missing from the map.
   */
  Map<Long, PaymentRow> lockPayments(Collection<Long> ids) {
    Map<Long, PaymentRow> found = new LinkedHashMap<>();
    jdbc.query(
        con -> {
          PreparedStatement ps =
              con.prepareStatement(
                  """
                  select id, payment_id, amount, currency, booking_date, direction, status, provisional, reversal,
                         customer_id, payer_name, payer_account, remittance_text, creditor_reference,
                         invoice_references::text as refs,
                         (select count(*) from cash_decision d
                          where d.bank_payment_id = bank_payment.id and d.outcome = 'UNAPPLIED') as round
                  from bank_payment where id = any (?) order by id for update""");
          ps.setArray(1, con.createArrayOf("int8", ids.toArray(Long[]::new)));
          return ps;
        },
        rs -> {
          found.put(
              rs.getLong("id"),
              new PaymentRow(
                  rs.getLong("id"),
                  rs.getString("payment_id"),
                  rs.getBigDecimal("amount"),
                  rs.getString("currency"),
                  rs.getDate("booking_date").toLocalDate(),
                  rs.getString("direction"),
                  rs.getString("status"),
                  rs.getBoolean("provisional"),
                  rs.getBoolean("reversal"),
                  Optional.ofNullable(rs.getString("customer_id")),
                  Optional.ofNullable(rs.getString("payer_name")),
                  Optional.ofNullable(rs.getString("payer_account")),
                  Optional.ofNullable(rs.getString("remittance_text")),
                  Optional.ofNullable(rs.getString("creditor_reference")),
                  rs.getString("refs"),
                  rs.getInt("round")));
        });
    return found;
  }

  BigDecimal unapplied(long bankPaymentId) {
    return jdbc.queryForObject(
        "select unapplied from bank_payment_balance where bank_payment_id = ?",
        BigDecimal.class,
        bankPaymentId);
  }

  /**
   * Locks the invoices in id order (so two transactions never wait on each other crosswise) and
   * returns them by number; numbers not found are missing from the map.
   */
  Map<String, InvoiceRow> lockInvoices(List<String> numbers) {
    Map<String, InvoiceRow> found = new LinkedHashMap<>();
    if (numbers.isEmpty()) {
      return found;
    }
    jdbc.query(
        con -> {
          PreparedStatement ps =
              con.prepareStatement(
                  "select i.id, i.number, i.customer_id, i.currency, c.customer_group, i.issue_date"
                      + " from invoice i join customer c on c.id = i.customer_id"
                      + " where i.number = any (?) order by i.id for no key update of i");
          Array array = con.createArrayOf("text", numbers.toArray());
          ps.setArray(1, array);
          return ps;
        },
        rs -> {
          found.put(
              rs.getString("number"),
              new InvoiceRow(
                  rs.getLong("id"),
                  rs.getString("number"),
                  rs.getString("customer_id"),
                  rs.getString("currency"),
                  Optional.ofNullable(rs.getString("customer_group")),
                  rs.getDate("issue_date").toLocalDate()));
        });
    return found;
  }

  /** Locks the invoices with these ids, in id order. */
  void lockInvoiceIds(List<Long> ids) {
    for (Long id : ids.stream().distinct().sorted().toList()) {
      jdbc.queryForList("select 1 from invoice where id = ? for no key update", id);
    }
  }

  BigDecimal openAmount(long invoiceId) {
    return jdbc.queryForObject(
        "select open_amount from invoice_balance where invoice_id = ?",
        BigDecimal.class,
        invoiceId);
  }

  long decision(
      long bankPaymentId,
      String outcome,
      Optional<String> customerId,
      String rule,
      BigDecimal confidence,
      String ruleSetVersion,
      Optional<String> reason,
      Object evidence,
      Object candidates,
      String decidedBy) {
    return jdbc.queryForObject(
        """
        insert into cash_decision(bank_payment_id, outcome, customer_id, rule, confidence, rule_set_version, reason,
                                  evidence, candidates, decided_by)
        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?) returning id""",
        Long.class,
        bankPaymentId,
        outcome,
        customerId.orElse(null),
        rule,
        confidence,
        ruleSetVersion,
        reason.orElse(null),
        AuditLog.json(evidence),
        AuditLog.json(candidates),
        decidedBy);
  }

  void linkAdvice(long adviceId, long bankPaymentId, Optional<String> customerId) {
    jdbc.update(
        "update remittance_advice set bank_payment_id = ?, customer_id = coalesce(customer_id, ?)"
            + " where id = ? and (bank_payment_id is null or bank_payment_id = ?)",
        bankPaymentId,
        customerId.orElse(null),
        adviceId,
        bankPaymentId);
  }

  /** The advice line an allocation came from; records on it which invoice it resolved to. */
  Optional<Long> remittanceLine(long adviceId, int lineNo, long invoiceId) {
    List<Long> ids =
        jdbc.queryForList(
            "update remittance_line set invoice_id = coalesce(invoice_id, ?) where advice_id = ? and line_no = ?"
                + " returning id",
            Long.class,
            invoiceId,
            adviceId,
            lineNo);
    return ids.stream().findFirst();
  }

  void cashReceived(PaymentRow payment) {
    post(
        journal.cashReceived(
            payment.id(), payment.paymentId(), payment.bookingDate(), payment.money()));
  }

  /** One invoice settled: the application row and its journal entry, under one posting id. */
  void application(
      String postingId,
      PaymentRow payment,
      InvoiceRow invoice,
      Allocation allocation,
      String rule,
      BigDecimal confidence,
      String ruleSetVersion,
      long decisionId,
      Optional<Long> remittanceLine,
      String appliedBy,
      LocalDate date) {
    if (allocation.settled().signum() == 0) {
      return;
    }
    jdbc.update(
        """
        insert into payment_application(bank_payment_id, invoice_id, currency, amount, discount_amount, write_off_amount,
                                        rule, confidence, remittance_line_id, applied_by, posting_id, rule_set_version,
                                        decision_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (posting_id) do nothing""",
        payment.id(),
        invoice.id(),
        payment.currency(),
        allocation.cash(),
        allocation.discount(),
        allocation.writeOff(),
        rule,
        confidence,
        remittanceLine.orElse(null),
        appliedBy,
        postingId,
        ruleSetVersion,
        decisionId);
    post(journal.application(postingId, payment.id(), date, invoice.context(), allocation));
    fxDifference(postingId, invoice, allocation, date).ifPresent(this::post);
  }

  /**
   * The realised FX difference of an application, in the functional currency: what it settled at
   * the payment day's rate against the invoice day's. Empty without a rate source, for an invoice
   * in the functional currency, or when the rates are equal.
   */
  Optional<JournalEntry> fxDifference(
      String applicationPostingId, InvoiceRow invoice, Allocation allocation, LocalDate date) {
    return fx.flatMap(
        f ->
            f.realised(
                applicationPostingId,
                invoice.number(),
                invoice.customerGroup(),
                invoice.issueDate(),
                date,
                new Money(allocation.settled(), invoice.currency())));
  }

  /**
   * The part of an invoice the payer deducted stays open under a dispute, moved from receivables to
   * disputed receivables on the payment's booking date. See {@link #openDispute}.
   */
  void dispute(
      String postingId,
      PaymentRow payment,
      InvoiceRow invoice,
      BigDecimal amount,
      Optional<String> reason,
      Optional<Long> remittanceLine) {
    post(
        openDispute(
            postingId, payment, invoice, amount, reason, remittanceLine, payment.bookingDate()));
  }

  /**
   * Opens the dispute row for the part of an invoice the payer deducted and returns its journal
   * entry (Dr disputed receivables, Cr receivables, under the dispute's posting id) for the caller
   * to post, one by one or in a batch. The reason "x12:01 pricing" is stored as code "x12:01" and
   * category "pricing".
   */
  JournalEntry openDispute(
      String postingId,
      PaymentRow payment,
      InvoiceRow invoice,
      BigDecimal amount,
      Optional<String> reason,
      Optional<Long> remittanceLine,
      LocalDate date) {
    String normalised = reason.map(r -> r.trim().replaceAll("\\s+", " ")).orElse("");
    if (normalised.isEmpty()) {
      normalised = "unexplained";
    }
    int space = normalised.indexOf(' ');
    String code = space < 0 ? normalised : normalised.substring(0, space);
    String category = space < 0 ? null : normalised.substring(space + 1).toLowerCase(Locale.ROOT);
    jdbc.update(
        """
        insert into dispute(invoice_id, currency, bank_payment_id, remittance_line_id, amount, reason_code, category,
                            note, posting_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (posting_id) do nothing""",
        invoice.id(),
        payment.currency(),
        payment.id(),
        remittanceLine.orElse(null),
        amount,
        code,
        category,
        "deducted from payment " + payment.paymentId(),
        postingId);
    return journal.disputeOpened(
        postingId,
        payment.id(),
        date,
        invoice.context(),
        invoice.number(),
        invoice.customerId(),
        Money.atScale(amount, payment.currency()));
  }

  /** Cash not applied to invoices: ON_ACCOUNT with the customer, or a WRITE_OFF remainder. */
  void unappliedCash(
      String postingId,
      String kind,
      PaymentRow payment,
      Optional<String> customerId,
      BigDecimal amount,
      long decisionId,
      String user,
      LocalDate date) {
    jdbc.update(
        """
        insert into payment_on_account(bank_payment_id, customer_id, currency, amount, kind, posting_id, decision_id,
                                       created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (posting_id) do nothing""",
        payment.id(),
        customerId.orElse(null),
        payment.currency(),
        amount,
        kind,
        postingId,
        decisionId,
        user);
    Money money = new Money(amount, payment.currency());
    post(
        kind.equals("WRITE_OFF")
            ? journal.writeOff(postingId, payment.id(), date, money)
            : journal.onAccount(postingId, payment.id(), date, money, customerId.orElseThrow()));
  }

  /**
   * Reverses every application and on-account row of the payment not reversed yet, with reversal
   * rows and reversing journal entries; returns the invoices whose open amount changed.
   */
  List<Long> reverseAll(long bankPaymentId, long decisionId, String user, String why) {
    LocalDate today = LocalDate.now();
    List<Long> invoices = new ArrayList<>();
    for (Map<String, Object> row :
        jdbc.queryForList(
            """
            select id, invoice_id, coalesce(posting_id, 'application:' || id) as posting_id
            from payment_application a
            where bank_payment_id = ? and reversal_of is null
              and not exists (select 1 from payment_application r where r.reversal_of = a.id)
            order by id""",
            bankPaymentId)) {
      String original = (String) row.get("posting_id");
      invoices.add(((Number) row.get("invoice_id")).longValue());
      jdbc.update(
          """
          insert into payment_application(bank_payment_id, invoice_id, currency, amount, discount_amount, write_off_amount,
                                          rule, confidence, remittance_line_id, reversal_of, applied_by, posting_id,
                                          rule_set_version, decision_id)
          select bank_payment_id, invoice_id, currency, amount, discount_amount, write_off_amount, rule, confidence,
                 remittance_line_id, id, ?, ?, rule_set_version, ?
          from payment_application where id = ?
          on conflict (posting_id) do nothing""",
          user,
          PostingIds.reversal(original),
          decisionId,
          row.get("id"));
      reverseEntry(original, today, why);
      reverseEntry(FxDifferenceJournal.postingId(original), today, why);
    }
    for (Map<String, Object> row :
        jdbc.queryForList(
            """
            select id, posting_id from payment_on_account o
            where bank_payment_id = ? and reversal_of is null
              and not exists (select 1 from payment_on_account r where r.reversal_of = o.id)
            order by id""",
            bankPaymentId)) {
      String original = (String) row.get("posting_id");
      jdbc.update(
          """
          insert into payment_on_account(bank_payment_id, customer_id, currency, amount, kind, posting_id, decision_id,
                                         reversal_of, created_by)
          select bank_payment_id, customer_id, currency, amount, kind, ?, ?, id, ?
          from payment_on_account where id = ?
          on conflict (posting_id) do nothing""",
          PostingIds.reversal(original),
          decisionId,
          user,
          row.get("id"));
      reverseEntry(original, today, why);
    }
    for (String dispute :
        jdbc.queryForList(
            "select posting_id from dispute where bank_payment_id = ? and status = 'OPEN'"
                + " and posting_id is not null order by id",
            String.class,
            bankPaymentId)) {
      reverseEntry(dispute, today, why);
    }
    jdbc.update(
        "update dispute set status = 'REJECTED', resolved_at = now(),"
            + " note = concat_ws('; ', note, 'payment unapplied: ' || ?)"
            + " where bank_payment_id = ? and status = 'OPEN'",
        why,
        bankPaymentId);
    return invoices;
  }

  /** Posts the reversal of the entry journalled as {@code postingId}, if there is one. */
  void reverseEntry(String postingId, LocalDate date, String why) {
    loadEntry(postingId).ifPresent(entry -> post(ArJournal.reversal(entry, date, why)));
  }

  Optional<JournalEntry> loadEntry(String postingId) {
    List<Map<String, Object>> entries =
        jdbc.queryForList(
            "select id, entry_date, description, source, source_ref from journal_entry where posting_id = ?",
            postingId);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> e = entries.get(0);
    List<JournalLine> lines =
        jdbc.query(
            "select account, debit, credit, currency, memo from journal_line where entry_id = ? order by id",
            (rs, n) -> {
              String currency = rs.getString("currency");
              return new JournalLine(
                  rs.getString("account"),
                  Money.atScale(rs.getBigDecimal("debit"), currency),
                  Money.atScale(rs.getBigDecimal("credit"), currency),
                  currency,
                  Optional.ofNullable(rs.getString("memo")));
            },
            e.get("id"));
    return Optional.of(
        new JournalEntry(
            postingId,
            ((Date) e.get("entry_date")).toLocalDate(),
            (String) e.get("description"),
            (String) e.get("source"),
            (String) e.get("source_ref"),
            lines));
  }

  /** Journals an entry once: an entry with its posting id already there is left as it is. */
  void post(JournalEntry entry) {
    writer.post(entry);
  }

  /**
   * An invoice's status follows its open amount (cancelled and written-off invoices keep theirs).
   */
  void invoiceStatus(long invoiceId) {
    jdbc.update(
        """
        update invoice i
        set status = case when b.open_amount <= 0 then 'PAID'
                          when b.open_amount < i.amount then 'PARTIALLY_PAID'
                          else 'OPEN' end,
            updated_at = now()
        from invoice_balance b
        where b.invoice_id = i.id and i.id = ? and i.status in ('OPEN', 'PARTIALLY_PAID', 'PAID')""",
        invoiceId);
  }

  /**
   * A payment's status follows where its cash went: all of it to invoices (or written off) is
   * APPLIED, all of it on account ON_ACCOUNT, part of it PARTIALLY_APPLIED, none {@code ifNone}.
   */
  void paymentStatus(long bankPaymentId, Optional<String> customerId, String ifNone) {
    jdbc.update(
        """
        update bank_payment p
        set status = case when b.unapplied > 0 and b.applied = 0 and b.on_account = 0 and b.written_off = 0 then ?
                          when b.unapplied > 0 then 'PARTIALLY_APPLIED'
                          when b.applied > 0 or b.written_off > 0 then 'APPLIED'
                          else 'ON_ACCOUNT' end,
            customer_id = coalesce(?, p.customer_id)
        from bank_payment_balance b
        where b.bank_payment_id = p.id and p.id = ?""",
        ifNone,
        customerId.orElse(null),
        bankPaymentId);
  }
}
