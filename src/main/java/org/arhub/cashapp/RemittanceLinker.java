package org.arhub.cashapp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.model.Remittance;

/**
 * Links a remittance advice that came on its own (an X12 820) to the bank payment that carries the
 * money: by trace number (820 TRN02 = camt EndToEndId = BAI2 customer reference, or the trace
 * written in the payment's text), else by the payer's name, the amount and a date window. An advice
 * links to one payment only; advices not yet linked wait for theirs.
 */
public final class RemittanceLinker {
  /** How far apart the advice's payment date and the bank's value date may be. */
  public static final int DATE_WINDOW_DAYS = 5;

  private final Map<String, Remittance> byTrace = new HashMap<>();
  private final Map<String, List<Remittance>> byAmount = new HashMap<>();

  public void add(Remittance advice) {
    byTrace.put(ReferenceKey.of(advice.trace()), advice);
    byAmount
        .computeIfAbsent(
            OpenItemIndex.amountKey(advice.currency(), advice.amount()), k -> new ArrayList<>())
        .add(advice);
  }

  /**
   * The payment with its advice's lines and payer when one is found; else the payment as it was.
   */
  public IncomingPayment link(IncomingPayment payment) {
    return find(payment)
        .map(
            advice -> {
              forget(advice);
              return payment.withAdvice(
                  advice.trace(), advice.payer(), advice.payerId(), PaymentFeed.linesOf(advice));
            })
        .orElse(payment);
  }

  public int waiting() {
    return byTrace.size();
  }

  private Optional<Remittance> find(IncomingPayment payment) {
    List<String> traces = new ArrayList<>();
    payment.trace().ifPresent(traces::add);
    for (String text : payment.texts()) {
      traces.addAll(ReferenceTokens.in(text));
    }
    for (String trace : traces) {
      Remittance advice = byTrace.get(ReferenceKey.of(trace));
      if (advice != null && advice.currency().equals(payment.currency())) {
        return Optional.of(advice);
      }
    }
    if (payment.trace().isPresent() || saysWhatItPays(payment)) {
      return Optional
          .empty(); // its own trace or references: a same-amount advice is someone else's
    }
    List<Remittance> sameAmount =
        byAmount.getOrDefault(
            OpenItemIndex.amountKey(payment.currency(), payment.amount().amount()), List.of());
    List<Remittance> fitting = new ArrayList<>();
    for (Remittance advice : sameAmount) {
      if (samePayer(payment, advice) && withinWindow(payment.date(), advice.paymentDate())) {
        fitting.add(advice);
      }
    }
    return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
  }

  private static boolean saysWhatItPays(IncomingPayment payment) {
    return !payment.lines().isEmpty()
        || payment.creditorReference().isPresent()
        || payment.texts().stream().anyMatch(t -> !ReferenceTokens.in(t).isEmpty());
  }

  private static boolean samePayer(IncomingPayment payment, Remittance advice) {
    return payment.payerName().isPresent()
        && advice.payer().isPresent()
        && CompanyName.key(payment.payerName().get()).equals(CompanyName.key(advice.payer().get()));
  }

  private static boolean withinWindow(LocalDate paid, Optional<LocalDate> advised) {
    return advised.isEmpty()
        || Math.abs(paid.toEpochDay() - advised.get().toEpochDay()) <= DATE_WINDOW_DAYS;
  }

  private void forget(Remittance advice) {
    byTrace.remove(ReferenceKey.of(advice.trace()));
    Iterator<Remittance> same =
        byAmount
            .getOrDefault(
                OpenItemIndex.amountKey(advice.currency(), advice.amount()), new ArrayList<>())
            .iterator();
    while (same.hasNext()) {
      if (same.next() == advice) {
        same.remove();
      }
    }
  }
}
