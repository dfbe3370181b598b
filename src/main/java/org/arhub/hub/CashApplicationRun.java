package org.arhub.hub;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One pass of cash application over what is waiting in the store: payments not yet decided, and
 * exceptions a newly arrived remittance advice may now explain. The routes call it after each
 * inbound file and on a timer; it is safe to run on several hub instances at once (the store locks
 * each payment and refuses a second decision).
 */
@Component("cashApplication")
public class CashApplicationRun {
  private static final Logger LOG = LoggerFactory.getLogger(CashApplicationRun.class);
  private static final int BATCH = 500;
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
    int decided = 0;
    int applied = 0;
    int skipped = 0;
    List<PendingPayment> batch = store.pendingPayments(BATCH);
    while (!batch.isEmpty()) {
      for (PendingPayment pending : batch) {
        IncomingPayment payment = linker.link(pending.payment());
        Decision decision = engine.decide(payment);
        Optional<Long> adviceId = payment.adviceId().map(t -> adviceIds.get(ReferenceKey.of(t)));
        try {
          if (store.record(pending.id(), adviceId, decision, ruleSet.version(), SYSTEM)) {
            decided++;
            applied += decision.isApplied() ? 1 : 0;
            count(payment, decision);
          } else {
            skipped++;
          }
        } catch (RuntimeException e) {
          // e.g. a concurrent manual application settled the invoice first: the database refused
          // to over-apply; the next run decides again on fresh open amounts
          LOG.warn("payment {} not posted: {}", payment.paymentId(), e.getMessage());
          alerts.raise(
              AlertKind.CASH_APPLICATION_FAILED,
              null,
              "payment " + payment.paymentId() + " not posted",
              String.valueOf(e.getMessage()));
          return new Summary(decided, applied, decided - applied, skipped + 1);
        }
      }
      batch = batch.size() < BATCH ? List.of() : store.pendingPayments(BATCH);
    }
    if (decided > 0) {
      LOG.info(
          "cash application: {} payments decided, {} applied, {} exceptions (rule set {})",
          decided,
          applied,
          decided - applied,
          ruleSet.version());
    }
    return new Summary(decided, applied, decided - applied, skipped);
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
