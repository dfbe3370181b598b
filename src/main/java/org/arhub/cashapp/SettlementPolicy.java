package org.arhub.cashapp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.model.Money;
import org.arhub.model.Remittance.Adjustment;

/**
 * How differences between what was paid and what is open are settled (mappings/cashapp/rules.yaml,
 * {@code settlement:}): an early-payment discount taken within the terms' window (plus {@code
 * discountGraceDays} for the bank's float) settles in full; a shortfall within the tolerance (at
 * most {@code toleranceAmount} in the currency and at most {@code tolerancePercent} of what is
 * settled, e.g. bank charges) is written off; a deduction with a reason code leaves the deducted
 * part open under a dispute; anything else short is a partial payment; anything over goes on
 * account. A currency other than the invoice's is never applied.
 */
public record SettlementPolicy(
    Map<String, BigDecimal> toleranceAmount, BigDecimal tolerancePercent, int discountGraceDays) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static SettlementPolicy standard() {
    return new SettlementPolicy(Map.of("*", new BigDecimal("15.00")), new BigDecimal("0.5"), 2);
  }

  public Settlement settle(IncomingPayment payment, List<Claim> claims) {
    for (Claim claim : claims) {
      if (!claim.invoice().currency().equals(payment.currency())) {
        return Settlement.refused(
            "invoice %s is in %s, the payment in %s: never applied automatically"
                .formatted(
                    claim.invoice().number(), claim.invoice().currency(), payment.currency()));
      }
    }
    boolean statedAmounts =
        !claims.isEmpty()
            && claims.stream().allMatch(c -> c.line().flatMap(RemittanceLine::paid).isPresent());
    return statedAmounts
        ? new LineSettlement(this, payment, claims).settle()
        : byOpenAmounts(payment, claims);
  }

  /**
   * Whether {@code paid} settles the invoice in full: exactly, by its discount or within tolerance.
   */
  public boolean confirms(OpenInvoice invoice, BigDecimal paid, LocalDate date) {
    BigDecimal difference = invoice.openAmount().subtract(paid);
    return difference.signum() == 0
        || difference.signum() > 0
            && (difference.compareTo(discount(invoice, date)) == 0
                || withinTolerance(difference, invoice.openAmount(), invoice.currency()));
  }

  /** Whether {@code paid} is exactly the open amount, or exactly it less the discount due. */
  public boolean fitsExactly(OpenInvoice invoice, BigDecimal paid, LocalDate date) {
    BigDecimal difference = invoice.openAmount().subtract(paid);
    return difference.signum() == 0
        || difference.signum() > 0 && difference.compareTo(discount(invoice, date)) == 0;
  }

  BigDecimal discount(OpenInvoice invoice, LocalDate date) {
    if (invoice.openAmount().compareTo(invoice.amount()) != 0) {
      return zero(invoice.currency()); // the discount is granted on a first, full payment only
    }
    return invoice.discountOn(date.minusDays(discountGraceDays));
  }

  boolean withinTolerance(BigDecimal difference, BigDecimal base, String currency) {
    BigDecimal limit = toleranceAmount.getOrDefault(currency, toleranceAmount.get("*"));
    return difference.signum() > 0
        && limit != null
        && difference.compareTo(limit) <= 0
        && difference.multiply(HUNDRED).compareTo(base.multiply(tolerancePercent)) <= 0;
  }

  private Settlement byOpenAmounts(IncomingPayment payment, List<Claim> claims) {
    String currency = payment.currency();
    BigDecimal paid = payment.amount().amount();
    BigDecimal open = zero(currency);
    BigDecimal discounts = zero(currency);
    for (Claim claim : claims) {
      open = open.add(claim.invoice().openAmount());
      discounts = discounts.add(discount(claim.invoice(), payment.date()));
    }
    BigDecimal shortfall = open.subtract(paid);
    List<Allocation> allocations = new ArrayList<>();
    List<String> fit = new ArrayList<>();
    if (shortfall.signum() <= 0) {
      claims.forEach(
          c -> allocations.add(full(c, c.invoice().openAmount(), zero(currency), zero(currency))));
      fit.add(shortfall.signum() == 0 ? "exact" : "overpaid");
      return new Settlement(allocations, shortfall.negate(), fit, Optional.empty());
    }
    boolean discountFits = discounts.signum() > 0 && shortfall.compareTo(discounts) >= 0;
    BigDecimal rest = discountFits ? shortfall.subtract(discounts) : shortfall;
    if (discountFits && rest.signum() == 0 || withinTolerance(rest, open, currency)) {
      for (int i = 0; i < claims.size(); i++) {
        OpenInvoice invoice = claims.get(i).invoice();
        BigDecimal discount = discountFits ? discount(invoice, payment.date()) : zero(currency);
        BigDecimal writeOff = i == claims.size() - 1 ? rest : zero(currency);
        BigDecimal cash = invoice.openAmount().subtract(discount).subtract(writeOff);
        allocations.add(full(claims.get(i), cash, discount, writeOff));
      }
      if (discountFits) {
        fit.add("discount");
      }
      if (rest.signum() > 0) {
        fit.add("write-off");
      }
      return new Settlement(allocations, zero(currency), fit, Optional.empty());
    }
    BigDecimal left = paid;
    for (Claim claim : claims) {
      BigDecimal cash = left.min(claim.invoice().openAmount());
      if (cash.signum() > 0) {
        allocations.add(full(claim, cash, zero(currency), zero(currency)));
      }
      left = left.subtract(cash);
    }
    fit.add("partial");
    return new Settlement(allocations, zero(currency), fit, Optional.empty());
  }

  static Allocation full(Claim claim, BigDecimal cash, BigDecimal discount, BigDecimal writeOff) {
    return new Allocation(
        claim.invoice().number(),
        claim.invoice().customerId(),
        cash,
        discount,
        writeOff,
        zero(claim.invoice().currency()),
        Optional.empty(),
        claim.line().map(RemittanceLine::lineNo));
  }

  static BigDecimal zero(String currency) {
    return BigDecimal.ZERO.setScale(Money.scale(currency));
  }

  static Optional<String> reasonOf(List<Adjustment> adjustments) {
    return adjustments.stream()
        .filter(a -> a.amount().signum() != 0)
        .findFirst()
        .map(a -> a.reason() + " " + a.category());
  }
}
