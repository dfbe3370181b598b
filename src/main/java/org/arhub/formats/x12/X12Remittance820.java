package org.arhub.formats.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.arhub.model.Money;
import org.arhub.model.Remittance;

/**
 * One 820 Payment Order/Remittance Advice transaction set read into a {@link Remittance}: BPR (the
 * payment), TRN (its trace), CUR, N1 payer (PR) and payee (PE), then per ENT loop the RMR lines
 * with their REF, DTM and ADX. An ADX before any RMR of its ENT adjusts the whole payment; after an
 * RMR it adjusts that line. BPR02 must equal the lines paid plus the payment's adjustments: when it
 * does not, the remittance is kept with a {@code discrepancy}.
 */
final class X12Remittance820 implements X12TransactionSetReader {
  /** X12 remittances without CUR are in US dollars (the standard's domestic default). */
  static final String DEFAULT_CURRENCY = "USD";

  private final ReasonCodes reasons;
  private final Consumer<Remittance> out;

  private Optional<X12Bpr> bpr = Optional.empty();
  private String bprWhere;
  private Optional<X12Trn> trn = Optional.empty();
  private String currency = DEFAULT_CURRENCY;
  private Optional<String> payer = Optional.empty();
  private Optional<String> payerId = Optional.empty();
  private Optional<String> payee = Optional.empty();
  private Optional<String> payeeId = Optional.empty();
  private final List<Remittance.Adjustment> adjustments = new ArrayList<>();
  private final List<String> adjustmentWhere = new ArrayList<>();
  private final List<LineBuilder> lines = new ArrayList<>();
  private LineBuilder line;
  private boolean seenBpr;
  private boolean seenTrn;
  private Owner owner = Owner.HEADING;

  /** Which segment the REF and DTM that follow belong to. */
  private enum Owner {
    HEADING,
    PARTY,
    ENTITY,
    LINE,
    OTHER
  }

  X12Remittance820(ReasonCodes reasons, Consumer<Remittance> out) {
    this.reasons = reasons;
    this.out = out;
  }

  @Override
  public void segment(X12Segment s, X12SetProblems problems) {
    switch (s.tag()) {
      case "BPR" -> bpr(s, problems);
      case "TRN" -> trn(s, problems);
      case "CUR" -> currency(s, problems);
      case "N1" -> party(s);
      case "ENT" -> {
        line = null;
        owner = Owner.ENTITY;
      }
      case "RMR" -> rmr(s, problems);
      case "ADX" -> adx(s, problems);
      case "REF" -> {
        if (owner == Owner.LINE) {
          line.references.add(new Remittance.Reference(s.element(1), s.element(2)));
        }
      }
      case "DTM" -> {
        if (owner == Owner.LINE && line.date.isEmpty()) {
          line.date = X12Dates.date(s.element(2));
        }
      }
      case "NM1", "IT1", "SAC", "SLN", "TXI", "NTE", "PER" -> {
        if (owner != Owner.HEADING && owner != Owner.PARTY) {
          owner = Owner.OTHER;
        }
      }
      default -> {
        // N2-N4, RDM, TXP, DED, ...: not part of the canonical remittance
      }
    }
  }

  private void bpr(X12Segment s, X12SetProblems problems) {
    if (seenBpr) {
      problems.reject(s, "a second BPR: an 820 is one payment");
      return;
    }
    seenBpr = true;
    bprWhere = s.where();
    bpr = X12Bpr.read(s, problems);
  }

  private void trn(X12Segment s, X12SetProblems problems) {
    if (!seenTrn) {
      seenTrn = true;
      trn = X12Trn.read(s, problems);
    }
  }

  private void currency(X12Segment s, X12SetProblems problems) {
    try {
      Money.scale(s.element(2));
      currency = s.element(2);
    } catch (IllegalArgumentException e) {
      problems.reject(s, "CUR02 '" + s.element(2) + "' is not an ISO 4217 currency code");
    }
  }

  private void party(X12Segment s) {
    X12Name n1 = X12Name.read(s);
    owner = Owner.PARTY;
    switch (n1.entity()) {
      case "PR" -> {
        payer = n1.name();
        payerId = n1.id();
      }
      case "PE" -> {
        payee = n1.name();
        payeeId = n1.id();
      }
      default -> {
        // other parties (RM, 41, MH, ...) are not the payer or payee of the canonical remittance
      }
    }
  }

  private void rmr(X12Segment s, X12SetProblems problems) {
    owner = Owner.LINE;
    line = X12Rmr.read(s, problems).map(rmr -> new LineBuilder(rmr, s.where())).orElse(null);
    if (line == null) {
      owner = Owner.OTHER;
      return;
    }
    lines.add(line);
    X12Rmr rmr = line.rmr;
    if (rmr.adjustment().isPresent() && rmr.adjustment().get().signum() != 0) {
      String code = rmr.adjustmentReason().orElse("");
      line.adjustments.add(
          new Remittance.Adjustment(
              rmr.adjustment().get(), code, reasons.category("x12", code), Optional.empty()));
    }
  }

  private void adx(X12Segment s, X12SetProblems problems) {
    Optional<Remittance.Adjustment> adjustment = X12Adx.read(s, problems, reasons);
    if (adjustment.isEmpty()) {
      return;
    }
    if (line != null) {
      line.adjustments.add(adjustment.get());
    } else {
      adjustments.add(adjustment.get());
      adjustmentWhere.add(s.where());
    }
    owner = Owner.OTHER;
  }

  @Override
  public void end(X12Segment se, X12SetProblems problems) {
    if (!seenBpr) {
      problems.reject(se, "the 820 has no BPR segment: no payment amount");
    }
    if (!seenTrn) {
      problems.reject(se, "the 820 has no TRN segment: no trace number ties it to its payment");
    }
    bpr.ifPresent(b -> scale(b.amount(), bprWhere, "BPR02", problems));
    for (LineBuilder l : lines) {
      scale(l.rmr.paid(), l.where, "RMR04", problems);
      l.rmr.invoiced().ifPresent(a -> scale(a, l.where, "RMR05", problems));
      l.rmr.discount().ifPresent(a -> scale(a, l.where, "RMR06", problems));
      l.adjustments.forEach(a -> scale(a.amount(), l.where, "adjustment", problems));
    }
    for (int i = 0; i < adjustments.size(); i++) {
      scale(adjustments.get(i).amount(), adjustmentWhere.get(i), "ADX01", problems);
    }
  }

  private void scale(BigDecimal amount, String where, String element, X12SetProblems problems) {
    if (amount.stripTrailingZeros().scale() > Money.scale(currency)) {
      problems.reject(
          where,
          element
              + " "
              + amount.toPlainString()
              + " has more decimals than "
              + currency
              + " allows ("
              + Money.scale(currency)
              + ")");
    }
  }

  @Override
  public void accept() {
    X12Bpr payment = bpr.orElseThrow();
    List<Remittance.Line> read = lines.stream().map(LineBuilder::line).toList();
    out.accept(
        new Remittance(
            trn.orElseThrow().trace(),
            payer,
            payee,
            payment.amount(),
            currency,
            read,
            payment.method(),
            payment.direction(),
            payment.date(),
            payerId,
            payeeId,
            adjustments,
            discrepancy(payment.amount(), read)));
  }

  /**
   * BPR02 against the lines paid (RMR04) and the adjustments of the whole payment (ADX outside
   * RMR).
   */
  private Optional<String> discrepancy(BigDecimal stated, List<Remittance.Line> read) {
    BigDecimal paid =
        read.stream().map(Remittance.Line::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal adjusted =
        adjustments.stream()
            .map(Remittance.Adjustment::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal computed = paid.add(adjusted);
    if (computed.compareTo(stated) == 0) {
      return Optional.empty();
    }
    String sum =
        "RMR04 "
            + money(paid)
            + (adjustments.isEmpty() ? "" : " + ADX " + money(adjusted) + " = " + money(computed));
    return Optional.of(
        "BPR02 "
            + money(stated)
            + " != "
            + (read.isEmpty() ? "no RMR lines" : "sum of " + sum)
            + " (difference "
            + money(stated.subtract(computed))
            + ")");
  }

  private String money(BigDecimal amount) {
    return Money.atScale(amount, currency).toPlainString();
  }

  /** An RMR and what follows it until the next RMR or ENT. */
  private static final class LineBuilder {
    final X12Rmr rmr;
    final String where;
    final List<Remittance.Adjustment> adjustments = new ArrayList<>();
    final List<Remittance.Reference> references = new ArrayList<>();
    Optional<LocalDate> date = Optional.empty();

    LineBuilder(X12Rmr rmr, String where) {
      this.rmr = rmr;
      this.where = where;
    }

    Remittance.Line line() {
      return new Remittance.Line(
          rmr.reference(),
          rmr.paid(),
          rmr.invoiced(),
          rmr.discount(),
          adjustments,
          rmr.qualifier(),
          date,
          references);
    }
  }
}
