package org.arhub.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arhub.cashapp.Allocation;
import org.arhub.cashapp.Candidate;
import org.arhub.cashapp.Decision;
import org.arhub.cashapp.IncomingPayment;
import org.arhub.cashapp.OpenItemIndex;
import org.arhub.cashapp.ReferenceKey;
import org.arhub.ledger.AccountMap;
import org.arhub.ledger.ArJournal;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.FxDifferenceJournal;
import org.arhub.ledger.FxPolicy;
import org.arhub.ledger.FxRates;
import org.arhub.ledger.PostingIds;
import org.arhub.model.Money;
import org.arhub.model.Remittance;
import org.arhub.store.CashPostings.InvoiceRow;
import org.arhub.store.CashPostings.PaymentRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cash application in PostgreSQL: what it reads (open items, pending payments and advices, the
 * exception queue) and the transactions that post decisions with their journal entries, one
 * payment's ({@link #record}) or many payments' ({@link #recordAll}). Every posting has a
 * deterministic posting id, so a retry posts nothing twice; the payment's row lock means one
 * decision per payment wins; the database's checks at commit mean no transaction, concurrent or
 * not, over-applies a payment, over-settles an invoice or leaves a journal entry unbalanced.
 */
@Repository
public class CashApplicationStore {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final CashPostings postings;
  private final CashLearning learning;
  private final CashApplicationQueries queries;
  private final AuditLog audit;
  private final ManualDecisionCheck check;

  public CashApplicationStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this(jdbc, transactionManager, ChartOfAccounts.standard(), Optional.empty());
  }

  /**
   * The hub's store: the shipped chart of accounts; {@code arhub.fx.rate-source} (a CSV of
   * date,currency,rate), when set, replaces the chart's {@code fx.rate_source}.
   */
  @Autowired
  public CashApplicationStore(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      @Value("${arhub.fx.rate-source:}") String rateSource) {
    this(
        jdbc,
        transactionManager,
        ChartOfAccounts.standard(),
        Optional.of(rateSource).filter(s -> !s.isBlank()));
  }

  private CashApplicationStore(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      ChartOfAccounts chart,
      Optional<String> rateSource) {
    this(jdbc, transactionManager, chart, fxJournal(chart, rateSource));
  }

  private static FxDifferenceJournal fxJournal(ChartOfAccounts chart, Optional<String> source) {
    FxPolicy policy =
        new FxPolicy(chart.fx().functionalCurrency(), source.or(chart.fx()::rateSource));
    return new FxDifferenceJournal(chart, policy, FxRates.of(policy));
  }

  /** Cash application on these accounts, without FX differences. */
  public CashApplicationStore(
      JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AccountMap accounts) {
    this(jdbc, transactionManager, accounts, (FxDifferenceJournal) null);
  }

  /**
   * @param fx posts the realised FX difference of each application (null: none)
   */
  public CashApplicationStore(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      AccountMap accounts,
      FxDifferenceJournal fx) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.postings = new CashPostings(jdbc, new ArJournal(accounts), Optional.ofNullable(fx));
    this.learning = new CashLearning(jdbc);
    this.queries = new CashApplicationQueries(jdbc);
    this.audit = new AuditLog(jdbc);
    this.check = new ManualDecisionCheck(jdbc, postings);
  }

  /** A bank payment waiting for cash application, as the engine reads it. */
  public record PendingPayment(long id, LocalDate bookingDate, IncomingPayment payment) {}

  /** An engine decision for a bank payment, to record as {@link #record} does. */
  public record Recorded(
      long bankPaymentId,
      Optional<Long> adviceId,
      Decision decision,
      String ruleSetVersion,
      String decidedBy) {}

  /** A remittance advice not yet linked to its bank payment. */
  public record PendingAdvice(long id, Remittance advice) {}

  /** What an accountant applies to one invoice. */
  public record ManualAllocation(
      String invoiceNumber,
      BigDecimal cash,
      BigDecimal discount,
      BigDecimal writeOff,
      BigDecimal disputed,
      Optional<String> disputeReason) {}

  /**
   * A payment in the exception queue with its latest decision; {@code candidates} and {@code
   * evidence} are the decision's JSON arrays as stored.
   */
  public record ExceptionItem(
      long bankPaymentId,
      String paymentId,
      String partnerId,
      BigDecimal amount,
      String currency,
      LocalDate bookingDate,
      Optional<String> payerName,
      Optional<String> payerAccount,
      Optional<String> customerId,
      String reason,
      String candidates,
      String evidence) {}

  /**
   * Customers with their master and learned accounts and names, open invoices with their open
   * amounts, and learned reference aliases.
   */
  public OpenItemIndex loadOpenItems() {
    return transactions.execute(status -> queries.openItems());
  }

  /** Customer credits not yet decided, oldest first. */
  public List<PendingPayment> pendingPayments(int limit) {
    return queries.pendingPayments(limit, Optional.empty());
  }

  /**
   * The pending payments after {@code after} in the same order: the next page while the pages
   * before it are still being posted.
   */
  public List<PendingPayment> pendingPaymentsAfter(PendingPayment after, int limit) {
    return queries.pendingPayments(limit, Optional.of(after));
  }

  public List<PendingAdvice> unlinkedAdvices() {
    return queries.unlinkedAdvices();
  }

  public List<ExceptionItem> exceptions(int limit) {
    return queries.exceptions(limit);
  }

  /**
   * Puts back to UNAPPLIED the exceptions a newly arrived advice may explain: same trace
   * (end-to-end id), or, for a payment without one, same amount and currency. The next run decides
   * them again with the advice linked; one it still cannot explain becomes an exception again.
   */
  public int reopenExceptionsFor(List<PendingAdvice> advices) {
    Set<String> traces = new HashSet<>();
    Set<String> amounts = new HashSet<>();
    for (PendingAdvice advice : advices) {
      traces.add(ReferenceKey.of(advice.advice().trace()));
      amounts.add(OpenItemIndex.amountKey(advice.advice().currency(), advice.advice().amount()));
    }
    List<Long> reopen = new ArrayList<>();
    jdbc.query(
        "select id, end_to_end_id, amount, currency from bank_payment where status = 'EXCEPTION'",
        rs -> {
          String trace = rs.getString("end_to_end_id");
          boolean explained =
              trace != null
                  ? traces.contains(ReferenceKey.of(trace))
                  : amounts.contains(
                      OpenItemIndex.amountKey(
                          rs.getString("currency"), rs.getBigDecimal("amount")));
          if (explained) {
            reopen.add(rs.getLong("id"));
          }
        });
    jdbc.update(
        con -> {
          PreparedStatement ps =
              con.prepareStatement(
                  "update bank_payment set status = 'UNAPPLIED' where id = any (?) and status = 'EXCEPTION'");
          ps.setArray(1, con.createArrayOf("int8", reopen.toArray(Long[]::new)));
          return ps;
        });
    return reopen.size();
  }

  /**
   * Records the engine's decision for a payment in one transaction: the decision, the cash
   * received, and for APPLIED the applications, disputes and on-account cash with their journal
   * entries. Returns false, writing nothing, when the payment is no longer UNAPPLIED (another run
   * decided it first).
   */
  public boolean record(
      long bankPaymentId,
      Optional<Long> adviceId,
      Decision decision,
      String ruleSetVersion,
      String decidedBy) {
    return Boolean.TRUE.equals(
        transactions.execute(
            status -> {
              PaymentRow payment = postings.lockPayment(bankPaymentId);
              if (!payment.status().equals("UNAPPLIED")) {
                return false;
              }
              requireSamePayment(payment, decision);
              post(payment, adviceId, decision, ruleSetVersion, decidedBy);
              return true;
            }));
  }

  /**
   * Records many decisions in one transaction, as {@link #record} records each, with one statement
   * per table: all of them are posted or, if the database refuses one, none. Returns for each
   * decision, in order, whether it was recorded (false: the payment was no longer UNAPPLIED).
   */
  public List<Boolean> recordAll(List<Recorded> decisions) {
    return transactions.execute(
        status -> {
          Map<Long, PaymentRow> payments =
              postings.lockPayments(decisions.stream().map(Recorded::bankPaymentId).toList());
          CashPostingBatch batch = new CashPostingBatch(jdbc, postings);
          Set<Long> seen = new HashSet<>();
          List<Boolean> recorded = new ArrayList<>(decisions.size());
          for (Recorded r : decisions) {
            PaymentRow payment = payments.get(r.bankPaymentId());
            if (payment == null) {
              throw new IllegalArgumentException("no bank payment " + r.bankPaymentId());
            }
            if (!payment.status().equals("UNAPPLIED") || !seen.add(payment.id())) {
              recorded.add(false);
              continue;
            }
            requireSamePayment(payment, r.decision());
            batch.add(payment, r);
            recorded.add(true);
          }
          batch.post();
          return recorded;
        });
  }

  private static void requireSamePayment(PaymentRow payment, Decision decision) {
    if (!payment.paymentId().equals(decision.paymentId())) {
      throw new IllegalArgumentException(
          "decision for payment %s recorded on bank payment %d (%s)"
              .formatted(decision.paymentId(), payment.id(), payment.paymentId()));
    }
  }

  private void post(
      PaymentRow payment,
      Optional<Long> adviceId,
      Decision decision,
      String ruleSetVersion,
      String decidedBy) {
    Optional<String> customer =
        decision
            .customerId()
            .or(() -> decision.allocations().stream().map(Allocation::customerId).findFirst());
    adviceId.ifPresent(advice -> postings.linkAdvice(advice, payment.id(), customer));
    long decisionId =
        postings.decision(
            payment.id(),
            decision.outcome().name(),
            customer,
            decision.rule(),
            decision.confidence(),
            ruleSetVersion,
            decision.reason(),
            decision.evidence(),
            candidates(decision.candidates()),
            decidedBy);
    postings.cashReceived(payment);
    if (!decision.isApplied()) {
      jdbc.update(
          "update bank_payment set status = 'EXCEPTION', customer_id = coalesce(?, customer_id) where id = ?",
          customer.orElse(null),
          payment.id());
      return;
    }
    Map<String, InvoiceRow> invoices = lockInvoices(decision.allocations(), payment);
    LocalDate date = payment.bookingDate();
    for (Allocation allocation : decision.allocations()) {
      InvoiceRow invoice = invoices.get(allocation.invoiceNumber());
      Optional<Long> line =
          adviceId.flatMap(
              advice ->
                  allocation
                      .remittanceLine()
                      .flatMap(n -> postings.remittanceLine(advice, n, invoice.id())));
      String postingId = PostingIds.application(payment.id(), invoice.number(), payment.round());
      postings.application(
          postingId,
          payment,
          invoice,
          allocation,
          decision.rule(),
          decision.confidence(),
          ruleSetVersion,
          decisionId,
          line,
          decidedBy,
          date);
      if (allocation.disputed().signum() > 0) {
        postings.dispute(
            PostingIds.dispute(payment.id(), invoice.number(), payment.round()),
            payment,
            invoice,
            allocation.disputed(),
            allocation.disputeReason(),
            line);
      }
    }
    if (decision.onAccount().signum() > 0) {
      postings.unappliedCash(
          PostingIds.onAccount(payment.id(), payment.round()),
          "ON_ACCOUNT",
          payment,
          customer,
          decision.onAccount(),
          decisionId,
          decidedBy,
          date);
    }
    invoices.values().forEach(invoice -> postings.invoiceStatus(invoice.id()));
    postings.paymentStatus(payment.id(), customer, "UNAPPLIED");
  }

  /**
   * An accountant's decision on a payment the engine left (EXCEPTION, UNAPPLIED or
   * PARTIALLY_APPLIED): the same postings under posting ids of this decision, an audit record, and
   * what the decision teaches: the payer's account and name are the customer's, and when one
   * invoice was paid, the payment's other references are aliases of it.
   *
   * @throws IllegalArgumentException for an unknown invoice or customer, a currency other than the
   *     payment's, more than an invoice's open amount, or more than the payment's unapplied cash
   * @throws IllegalStateException when the payment is not waiting for a decision
   */
  public void applyManually(
      long bankPaymentId,
      List<ManualAllocation> allocations,
      BigDecimal onAccount,
      Optional<String> customerId,
      String user,
      String why) {
    transactions.executeWithoutResult(
        status -> {
          PaymentRow payment = waitingPayment(bankPaymentId, "apply");
          String currency = payment.currency();
          BigDecimal extra = Money.atScale(onAccount, currency);
          Map<String, InvoiceRow> invoices =
              postings.lockInvoices(
                  allocations.stream().map(ManualAllocation::invoiceNumber).distinct().toList());
          List<Allocation> checked = new ArrayList<>();
          for (ManualAllocation manual : allocations) {
            checked.add(check.allocation(manual, invoices, payment));
          }
          customerId.ifPresent(check::requireCustomer);
          Optional<String> customer =
              customerId.or(payment::customerId).or(() -> ManualDecisionCheck.soleOwner(checked));
          check.totals(payment, checked, extra, customer);

          long decisionId =
              postings.decision(
                  payment.id(),
                  "MANUAL",
                  customer,
                  "MANUAL",
                  BigDecimal.ONE,
                  null,
                  Optional.of(why),
                  List.of("manual decision by " + user + ": " + why),
                  List.of(),
                  user);
          postings.cashReceived(payment);
          LocalDate today = LocalDate.now();
          for (Allocation allocation : checked) {
            InvoiceRow invoice = invoices.get(allocation.invoiceNumber());
            postings.application(
                PostingIds.manualApplication(decisionId, invoice.number()),
                payment,
                invoice,
                allocation,
                "MANUAL",
                BigDecimal.ONE,
                null,
                decisionId,
                Optional.empty(),
                user,
                today);
            if (allocation.disputed().signum() > 0) {
              postings.post(
                  postings.openDispute(
                      PostingIds.manualDispute(decisionId, invoice.number()),
                      payment,
                      invoice,
                      allocation.disputed(),
                      allocation.disputeReason(),
                      Optional.empty(),
                      today));
            }
          }
          if (extra.signum() > 0) {
            postings.unappliedCash(
                PostingIds.manualOnAccount(decisionId),
                "ON_ACCOUNT",
                payment,
                customer,
                extra,
                decisionId,
                user,
                today);
          }
          invoices.values().forEach(invoice -> postings.invoiceStatus(invoice.id()));
          postings.paymentStatus(payment.id(), customer, payment.status());
          Map<String, Object> detail = detail(decisionId, why);
          detail.put(
              "allocations", allocations.stream().map(CashApplicationStore::describe).toList());
          detail.put("onAccount", extra.toPlainString());
          customer.ifPresent(c -> detail.put("customer", c));
          audit.record(user, "cash.apply", "bank_payment", payment.id(), detail);
          customer.ifPresent(
              c -> {
                learning.account(payment, c);
                learning.name(payment, c, user);
              });
          List<String> applied =
              checked.stream()
                  .filter(a -> a.settled().signum() > 0)
                  .map(Allocation::invoiceNumber)
                  .toList();
          if (applied.size() == 1) {
            learning.aliases(payment, applied.get(0), user);
          }
        });
  }

  /** Writes off the payment's unapplied remainder (Dr unapplied cash, Cr write-offs). */
  public void writeOff(long bankPaymentId, String user, String why) {
    transactions.executeWithoutResult(
        status -> {
          PaymentRow payment = waitingPayment(bankPaymentId, "write off");
          BigDecimal remainder = postings.unapplied(payment.id());
          if (remainder.signum() <= 0) {
            throw new IllegalStateException(
                "payment " + payment.paymentId() + " has nothing unapplied to write off");
          }
          long decisionId =
              postings.decision(
                  payment.id(),
                  "MANUAL",
                  payment.customerId(),
                  "WRITE_OFF",
                  BigDecimal.ONE,
                  null,
                  Optional.of(why),
                  List.of("remainder written off by " + user + ": " + why),
                  List.of(),
                  user);
          postings.cashReceived(payment);
          postings.unappliedCash(
              PostingIds.writeOff(decisionId),
              "WRITE_OFF",
              payment,
              payment.customerId(),
              Money.atScale(remainder, payment.currency()),
              decisionId,
              user,
              LocalDate.now());
          postings.paymentStatus(payment.id(), Optional.empty(), payment.status());
          audit.record(
              user, "cash.write_off", "bank_payment", payment.id(), detail(decisionId, why));
        });
  }

  /**
   * Undoes everything applied from a payment: reversal rows for its applications and on-account
   * cash, reversing journal entries ({@code reverse:<posting id>}: the applications with their FX
   * differences, the on-account cash, the open disputes' reclassifications), its open disputes
   * REJECTED. The payment goes back to the exception queue. Nothing posted before is changed.
   */
  public void unapply(long bankPaymentId, String user, String why) {
    transactions.executeWithoutResult(
        status -> {
          PaymentRow payment = postings.lockPayment(bankPaymentId);
          if (!Set.of("APPLIED", "PARTIALLY_APPLIED", "ON_ACCOUNT").contains(payment.status())) {
            throw new IllegalStateException(
                "payment %s is %s: nothing applied to undo"
                    .formatted(payment.paymentId(), payment.status()));
          }
          postings.lockInvoiceIds(
              jdbc.queryForList(
                  "select invoice_id from payment_application where bank_payment_id = ?",
                  Long.class,
                  payment.id()));
          long decisionId =
              postings.decision(
                  payment.id(),
                  "UNAPPLIED",
                  payment.customerId(),
                  null,
                  null,
                  null,
                  Optional.of(why),
                  List.of("unapplied by " + user + ": " + why),
                  List.of(),
                  user);
          List<Long> invoices = postings.reverseAll(payment.id(), decisionId, user, why);
          invoices.stream().distinct().forEach(postings::invoiceStatus);
          jdbc.update("update bank_payment set status = 'EXCEPTION' where id = ?", payment.id());
          audit.record(user, "cash.unapply", "bank_payment", payment.id(), detail(decisionId, why));
        });
  }

  private PaymentRow waitingPayment(long bankPaymentId, String what) {
    PaymentRow payment = postings.lockPayment(bankPaymentId);
    if (!payment.isCustomerCredit()) {
      throw new IllegalArgumentException(
          "payment %s is not a customer credit (a debit, reversal or provisional entry): cannot %s it"
              .formatted(payment.paymentId(), what));
    }
    if (!Set.of("EXCEPTION", "UNAPPLIED", "PARTIALLY_APPLIED").contains(payment.status())) {
      throw new IllegalStateException(
          "payment %s is %s, not waiting for a decision; unapply it first"
              .formatted(payment.paymentId(), payment.status()));
    }
    return payment;
  }

  private Map<String, InvoiceRow> lockInvoices(List<Allocation> allocations, PaymentRow payment) {
    Map<String, InvoiceRow> invoices =
        postings.lockInvoices(
            allocations.stream().map(Allocation::invoiceNumber).distinct().toList());
    for (Allocation allocation : allocations) {
      InvoiceRow invoice = invoices.get(allocation.invoiceNumber());
      if (invoice == null) {
        throw new IllegalArgumentException(
            "payment %s: unknown invoice %s"
                .formatted(payment.paymentId(), allocation.invoiceNumber()));
      }
    }
    return invoices;
  }

  static List<Map<String, Object>> candidates(List<Candidate> candidates) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Candidate c : candidates) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", c.rule());
      m.put("invoices", c.invoiceNumbers());
      m.put("confidence", c.confidence().toPlainString());
      m.put("evidence", c.evidence());
      c.refusal().ifPresent(r -> m.put("refusal", r));
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> describe(ManualAllocation a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("invoice", a.invoiceNumber());
    m.put("cash", a.cash());
    m.put("discount", a.discount());
    m.put("writeOff", a.writeOff());
    m.put("disputed", a.disputed());
    a.disputeReason().ifPresent(r -> m.put("disputeReason", r));
    return m;
  }

  private static Map<String, Object> detail(long decisionId, String why) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("decision", decisionId);
    detail.put("why", why);
    return detail;
  }
}
