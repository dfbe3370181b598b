package org.arhub.cashapp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.model.Remittance.Adjustment;

/**
 * Settles a payment whose advice states what it pays on each invoice: each line is settled on its
 * own (discount, deduction, write-off, partial), then the lines' total is held against the cash.
 * Cash beyond what the lines pay goes on account; lines that claim more than the cash are accepted
 * only when the gap is within tolerance (the bank's charges), else the settlement is refused.
 */
final class LineSettlement {
  private final SettlementPolicy policy;
  private final IncomingPayment payment;
  private final List<Claim> claims;
  private final String currency;
  private final List<String> fit = new ArrayList<>();

  LineSettlement(SettlementPolicy policy, IncomingPayment payment, List<Claim> claims) {
    this.policy = policy;
    this.payment = payment;
    this.claims = claims;
    this.currency = payment.currency();
  }

  Settlement settle() {
    List<Allocation> allocations = new ArrayList<>();
    BigDecimal stated = SettlementPolicy.zero(currency);
    BigDecimal excess = SettlementPolicy.zero(currency);
    for (Claim claim : claims) {
      BigDecimal paid = claim.line().flatMap(RemittanceLine::paid).orElseThrow();
      if (paid.signum() <= 0) {
        return Settlement.refused(
            "advice line %d pays %s on %s: credits taken are for a person to apply"
                .formatted(
                    claim.line().get().lineNo(), paid.toPlainString(), claim.invoice().number()));
      }
      stated = stated.add(paid);
      BigDecimal cash = paid.min(claim.invoice().openAmount());
      excess = excess.add(paid.subtract(cash));
      allocations.add(line(claim, cash));
    }
    BigDecimal received = payment.amount().amount();
    BigDecimal gap = stated.subtract(received);
    if (gap.signum() > 0) {
      if (!policy.withinTolerance(gap, stated, currency)) {
        return Settlement.refused(
            "the advice pays %s but the payment is %s %s"
                .formatted(stated.toPlainString(), received.toPlainString(), currency));
      }
      chargeToLastLine(allocations, gap);
      fit.add("write-off");
    }
    BigDecimal onAccount = excess.add(gap.signum() < 0 ? gap.negate() : BigDecimal.ZERO);
    if (onAccount.signum() > 0) {
      fit.add("overpaid");
    }
    if (fit.isEmpty()) {
      fit.add("exact");
    }
    return new Settlement(
        allocations, onAccount, fit.stream().distinct().toList(), Optional.empty());
  }

  private Allocation line(Claim claim, BigDecimal cash) {
    OpenInvoice invoice = claim.invoice();
    RemittanceLine line = claim.line().orElseThrow();
    BigDecimal short_ = invoice.openAmount().subtract(cash);
    BigDecimal zero = SettlementPolicy.zero(currency);
    BigDecimal discount = zero;
    BigDecimal writeOff = zero;
    BigDecimal disputed = zero;
    Optional<String> reason = Optional.empty();
    if (short_.signum() > 0) {
      BigDecimal eligible = policy.discount(invoice, payment.date());
      boolean claimsDiscount =
          line.discount().filter(d -> d.signum() > 0).isPresent()
              || line.adjustments().stream().anyMatch(a -> "discount".equals(a.category()));
      if (eligible.signum() > 0 && (claimsDiscount || line.adjustments().isEmpty())) {
        discount = eligible.min(short_);
        short_ = short_.subtract(discount);
        fit.add("discount");
      }
      List<Adjustment> deductions =
          line.adjustments().stream()
              .filter(a -> !"discount".equals(a.category()) || eligible.signum() == 0)
              .toList();
      if (short_.signum() > 0 && !deductions.isEmpty()) {
        disputed = short_;
        reason = SettlementPolicy.reasonOf(deductions).or(() -> Optional.of("unexplained"));
        fit.add("deduction");
      } else if (short_.signum() > 0
          && policy.withinTolerance(short_, invoice.openAmount(), currency)) {
        writeOff = short_;
        fit.add("write-off");
      } else if (short_.signum() > 0) {
        fit.add("partial");
      }
    }
    return new Allocation(
        invoice.number(),
        invoice.customerId(),
        cash,
        discount,
        writeOff,
        disputed,
        reason,
        Optional.of(line.lineNo()));
  }

  /**
   * The bank kept {@code gap} of what the advice says was paid: take it off the last line's cash.
   */
  private void chargeToLastLine(List<Allocation> allocations, BigDecimal gap) {
    for (int i = allocations.size() - 1; i >= 0 && gap.signum() > 0; i--) {
      Allocation a = allocations.get(i);
      BigDecimal taken = gap.min(a.cash());
      allocations.set(
          i,
          new Allocation(
              a.invoiceNumber(),
              a.customerId(),
              a.cash().subtract(taken),
              a.discount(),
              a.writeOff().add(taken),
              a.disputed(),
              a.disputeReason(),
              a.remittanceLine()));
      gap = gap.subtract(taken);
    }
  }
}
