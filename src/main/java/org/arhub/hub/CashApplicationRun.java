package org.arhub.hub;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.arhub.cashapp.CashApplicationEngine;
import org.arhub.cashapp.Decision;
import org.arhub.cashapp.IncomingPayment;
import org.arhub.cashapp.OpenItemIndex;
import org.arhub.cashapp.ReferenceKey;
import org.arhub.cashapp.RemittanceLinker;
import org.arhub.cashapp.RuleSet;
import org.arhub.store.CashApplicationStore;
import org.arhub.store.CashApplicationStore.PendingAdvice;
import org.arhub.store.CashApplicationStore.PendingPayment;
import org.arhub.store.CashApplicationStore.Recorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One pass of cash application over what is waiting in the store: payments not yet decided, and
 * exceptions a newly arrived remittance advice may now explain. The routes call it after each
 * inbound file and on a timer; it is safe to run on several hub instances at once (the store locks
 * each payment and refuses a second decision). Payments are decided a page at a time and each page
 * is posted in one transaction, while the next page is decided.
 */
@Component("cashApplication")
public class CashApplicationRun {
  private static final Logger LOG = LoggerFactory.getLogger(CashApplicationRun.class);
  private static final int BATCH = 1000;

  /**
   * Transactions posting batches at once while the next batch is decided: posting waits on the
   * database, deciding on the CPU, and two posting transactions keep a two-core database busy.
   */
  private static final int POSTERS = 2;

  private static final String SYSTEM = "system";

  private final CashApplicationStore store;
  private final RuleSet ruleSet;
  private final MeterRegistry metrics;
  private final Alerts alerts;
  private final long periodMillis;
  private final AtomicBoolean requested = new AtomicBoolean(true);
  private volatile long lastRun = System.nanoTime();

  public CashApplicationRun(
      CashApplicationStore store,
      RuleSet ruleSet,
      MeterRegistry metrics,
      Alerts alerts,
      ArhubProperties properties) {
    this.periodMillis = properties.getCashApplication().getPeriodMillis();
    this.store = store;
    this.ruleSet = ruleSet;
    this.metrics = metrics;
    this.alerts = alerts;
  }

  /** Asks for a run at the next tick: new payments or advices were stored. */
  public void requestRun() {
    requested.set(true);
  }

  /** Runs when a run was asked for, or when the period has passed since the last one. */
  public Summary runWhenDue() {
    long now = System.nanoTime();
    if (!requested.getAndSet(false)
        && now - lastRun < TimeUnit.MILLISECONDS.toNanos(periodMillis)) {
      return new Summary(0, 0, 0, 0);
    }
    lastRun = now;
    return run();
  }

  /** What one run did. */
  public record Summary(int decided, int applied, int exceptions, int skipped) {}

  public synchronized Summary run() {
    List<PendingAdvice> advices = store.unlinkedAdvices();
    if (!advices.isEmpty()) {
      store.reopenExceptionsFor(advices);
    }
    OpenItemIndex index = store.loadOpenItems();
    CashApplicationEngine engine = new CashApplicationEngine(ruleSet, index);
    RemittanceLinker linker = new RemittanceLinker();
    Map<String, Long> adviceIds = new HashMap<>();
    for (PendingAdvice advice : advices) {
      linker.add(advice.advice());
      adviceIds.put(ReferenceKey.of(advice.advice().trace()), advice.id());
    }
    Tally tally = new Tally();
    ExecutorService posters = Executors.newFixedThreadPool(POSTERS, CashApplicationRun::poster);
    Deque<Batch> posting = new ArrayDeque<>();
    boolean refused = false;
    try {
      List<PendingPayment> page = store.pendingPayments(BATCH);
      while (!page.isEmpty() && !refused) {
        List<IncomingPayment> payments = new ArrayList<>(page.size());
        List<Recorded> decisions = new ArrayList<>(page.size());
        for (PendingPayment pending : page) {
          IncomingPayment payment = linker.link(pending.payment());
          Decision decision = engine.decide(payment);
          Optional<Long> adviceId = payment.adviceId().map(t -> adviceIds.get(ReferenceKey.of(t)));
          payments.add(payment);
          decisions.add(new Recorded(pending.id(), adviceId, decision, ruleSet.version(), SYSTEM));
        }
        posting.add(
            new Batch(payments, decisions, posters.submit(() -> store.recordAll(decisions))));
        if (posting.size() >= POSTERS) {
          refused = !settle(posting.removeFirst(), tally);
        }
        page =
            page.size() < BATCH
                ? List.of()
                : store.pendingPaymentsAfter(page.get(page.size() - 1), BATCH);
      }
      while (!posting.isEmpty()) {
        refused |= !settle(posting.removeFirst(), tally);
      }
    } finally {
      posters.shutdown();
    }
    if (tally.decided > 0) {
      LOG.info(
          "cash application: {} payments decided, {} applied, {} exceptions (rule set {})",
          tally.decided,
          tally.applied,
          tally.decided - tally.applied,
          ruleSet.version());
    }
    return tally.summary();
  }

  /** Decisions of one page of payments, being posted in one transaction. */
  private record Batch(
      List<IncomingPayment> payments, List<Recorded> decisions, Future<List<Boolean>> posted) {}

  private static Thread poster(Runnable task) {
    Thread thread = new Thread(task, "cash-application-posting");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Waits for a batch's transaction. When the database refused it (e.g. a concurrent manual
   * application settled an invoice first, so one payment would over-settle it), the batch is posted
   * again payment by payment, so that only the refused payment waits for the next run, which
   * decides it again on fresh open amounts. Returns false when a payment was refused.
   */
  private boolean settle(Batch batch, Tally tally) {
    List<Boolean> recorded;
    try {
      recorded = batch.posted().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting cash application", e);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof RuntimeException refusal)) {
        throw new IllegalStateException("posting cash application failed", e.getCause());
      }
      LOG.info(
          "batch of {} payments not posted, posting one by one: {}",
          batch.decisions().size(),
          refusal.getMessage());
      return postOneByOne(batch.payments(), batch.decisions(), tally);
    }
    for (int i = 0; i < recorded.size(); i++) {
      tally.add(recorded.get(i), batch.payments().get(i), batch.decisions().get(i).decision());
    }
    return true;
  }

  private boolean postOneByOne(
      List<IncomingPayment> payments, List<Recorded> decisions, Tally tally) {
    for (int i = 0; i < decisions.size(); i++) {
      Recorded r = decisions.get(i);
      IncomingPayment payment = payments.get(i);
      try {
        tally.add(
            store.record(
                r.bankPaymentId(), r.adviceId(), r.decision(), r.ruleSetVersion(), r.decidedBy()),
            payment,
            r.decision());
      } catch (RuntimeException e) {
        LOG.warn("payment {} not posted: {}", payment.paymentId(), e.getMessage());
        alerts.raise(
            AlertKind.CASH_APPLICATION_FAILED,
            null,
            "payment " + payment.paymentId() + " not posted",
            String.valueOf(e.getMessage()));
        tally.skipped++;
        return false;
      }
    }
    return true;
  }

  /** What a run has done so far. */
  private final class Tally {
    private int decided;
    private int applied;
    private int skipped;

    void add(boolean recorded, IncomingPayment payment, Decision decision) {
      if (recorded) {
        decided++;
        applied += decision.isApplied() ? 1 : 0;
        count(payment, decision);
      } else {
        skipped++;
      }
    }

    Summary summary() {
      return new Summary(decided, applied, decided - applied, skipped);
    }
  }

  private void count(IncomingPayment payment, Decision decision) {
    String outcome = decision.outcome().name();
    String customer = decision.customerId().orElse("unknown");
    Counter.builder("arhub.cashapp.payments")
        .description("Payments decided by cash application")
        .tags(
            "outcome",
            outcome,
            "rule",
            decision.rule(),
            "channel",
            payment.channel(),
            "customer",
            customer)
        .register(metrics)
        .increment();
    BigDecimal cash = decision.cashApplied();
    Counter.builder("arhub.cashapp.amount.applied")
        .description("Cash applied to invoices without a person, in the payment's currency")
        .tags(
            "rule",
            decision.rule(),
            "channel",
            payment.channel(),
            "customer",
            customer,
            "currency",
            payment.currency())
        .register(metrics)
        .increment(cash.doubleValue());
    if (!decision.isApplied()) {
      Counter.builder("arhub.cashapp.exceptions")
          .description("Payments left for a person")
          .tags("channel", payment.channel(), "customer", customer)
          .register(metrics)
          .increment();
    }
  }
}
