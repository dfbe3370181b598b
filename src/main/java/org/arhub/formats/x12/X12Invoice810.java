package org.arhub.formats.x12;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.arhub.model.Invoice;
import org.arhub.model.Money;

/**
 * One 810 Invoice transaction set read into a canonical {@link Invoice} (the reverse of {@link
 * X12InvoiceWriter}, and lenient enough for partners' 810s): BIG, CUR, the N1 loops (seller from
 * SE, else II, VN, SU, RI, RE; buyer from BY, else BT, ST), ITD/DTM terms, IT1 lines with PID and
 * TXI, SAC allowances and charges (line-level ones count as the document's), TDS, summary TXI, CTT.
 * Totals: payable is TDS01; tax the summary TXI02s; net the lines less allowances plus charges,
 * rounded to the currency; gross net plus tax.
 */
final class X12Invoice810 implements X12TransactionSetReader {
  private static final List<String> SELLER_ROLES = List.of("SE", "II", "VN", "SU", "RI", "RE");
  private static final List<String> BUYER_ROLES = List.of("BY", "BT", "ST");

  private final Consumer<Invoice> out;
  private String number;
  private LocalDate issueDate;
  private String type = "invoice";
  private Optional<String> buyerReference = Optional.empty();
  private String currency = X12Remittance820.DEFAULT_CURRENCY;
  private Optional<String> terms = Optional.empty();
  private Optional<LocalDate> dueDate = Optional.empty();
  private final Map<String, Party> parties = new LinkedHashMap<>();
  private Party party;
  private final List<LineBuilder> lines = new ArrayList<>();
  private LineBuilder line;
  private final List<Invoice.AllowanceCharge> allowances = new ArrayList<>();
  private final List<Invoice.AllowanceCharge> charges = new ArrayList<>();
  private Invoice.AllowanceCharge lastAllowanceCharge;
  private BigDecimal tax = BigDecimal.ZERO;
  private Optional<BigDecimal> payable = Optional.empty();
  private Optional<String> lineCount = Optional.empty();
  private String cttWhere;
  private boolean seenBig;
  private boolean seenItd;
  private Section section = Section.HEADING;

  private enum Section {
    HEADING,
    LINE,
    LINE_SAC,
    SUMMARY,
    SUMMARY_SAC
  }

  X12Invoice810(Consumer<Invoice> out) {
    this.out = out;
  }

  @Override
  public void segment(X12Segment s, X12SetProblems problems) {
    switch (s.tag()) {
      case "BIG" -> big(s, problems);
      case "CUR" -> {
        if (section == Section.HEADING) {
          currency(s, problems);
        }
      }
      case "N1" -> party(s);
      case "N3" -> {
        if (party != null) {
          party.street = optional(s, 1);
        }
      }
      case "N4" -> {
        if (party != null) {
          party.city = optional(s, 1);
          party.postalCode = optional(s, 3);
          party.country = optional(s, 4);
        }
      }
      case "REF" -> reference(s);
      case "ITD" -> terms(s);
      case "DTM" -> {
        if (s.element(1).equals("013") && dueDate.isEmpty()) {
          dueDate = X12Dates.date(s.element(2));
        }
      }
      case "IT1" -> it1(s, problems);
      case "PID" -> {
        if (line != null && section == Section.LINE) {
          line.description.add(s.element(5));
        }
      }
      case "TXI" -> txi(s, problems);
      case "SAC" -> sac(s, problems);
      case "TDS" -> tds(s, problems);
      case "CTT" -> {
        lineCount = optional(s, 1);
        cttWhere = s.where();
      }
      default -> {
        // NTE, PER, FOB, CTP, QTY, CAD, ISS, AMT, ...: not part of the canonical invoice
      }
    }
  }

  private void big(X12Segment s, X12SetProblems problems) {
    seenBig = true;
    Optional<LocalDate> date = X12Dates.date(s.element(1));
    if (date.isEmpty()) {
      problems.reject(s, "BIG01 invoice date '" + s.element(1) + "' is not a date");
    }
    if (!s.has(2)) {
      problems.reject(s, "BIG02 invoice number is missing");
    }
    issueDate = date.orElse(null);
    number = s.element(2);
    buyerReference = optional(s, 4);
    type = s.element(7).equals("CR") ? "credit_note" : "invoice";
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
    if (section != Section.HEADING) {
      party = null;
      return;
    }
    X12Name n1 = X12Name.read(s);
    party = new Party(n1);
    parties.putIfAbsent(n1.entity(), party);
  }

  private void reference(X12Segment s) {
    if (party == null || section != Section.HEADING) {
      return;
    }
    switch (s.element(1)) {
      case "VX" -> party.vatId = optional(s, 2);
      case "11" -> party.account = optional(s, 2);
      case X12InvoiceWriter.ENDPOINT_REFERENCE -> {
        if (s.element(3).equals(X12InvoiceWriter.ENDPOINT_DESCRIPTION)) {
          party.endpointId = optional(s, 2);
        }
      }
      default -> {
        // other references of a party are not in the canonical invoice
      }
    }
  }

  private void terms(X12Segment s) {
    party = null;
    if (seenItd) {
      return;
    }
    seenItd = true;
    terms = optional(s, 12).or(() -> X12PaymentTerms.describe(s));
    dueDate = X12Dates.date(s.element(6)).or(() -> dueDate);
  }

  private void it1(X12Segment s, X12SetProblems problems) {
    party = null;
    section = Section.LINE;
    Optional<BigDecimal> quantity = X12Numbers.decimal(s.element(2));
    Optional<BigDecimal> price = X12Numbers.decimal(s.element(4));
    if (quantity.isEmpty()) {
      problems.reject(s, "IT102 quantity '" + s.element(2) + "' is not a number");
    }
    if (price.isEmpty()) {
      problems.reject(s, "IT104 unit price '" + s.element(4) + "' is not a number");
    }
    String id = s.has(1) ? s.element(1) : Integer.toString(lines.size() + 1);
    line =
        new LineBuilder(
            id, quantity.orElse(BigDecimal.ZERO), s.element(3), price.orElse(BigDecimal.ZERO));
    lines.add(line);
  }

  private void txi(X12Segment s, X12SetProblems problems) {
    switch (section) {
      case LINE -> {
        line.taxRate = X12Numbers.decimal(s.element(3));
        line.taxCategory = optional(s, 10);
      }
      case SUMMARY -> {
        Optional<BigDecimal> amount = X12Numbers.decimal(s.element(2));
        if (s.has(2) && amount.isEmpty()) {
          problems.reject(s, "TXI02 tax amount '" + s.element(2) + "' is not an amount");
        }
        tax = tax.add(amount.orElse(BigDecimal.ZERO));
      }
      case SUMMARY_SAC, LINE_SAC -> {
        if (lastAllowanceCharge != null) {
          replaceLast(
              new Invoice.AllowanceCharge(
                  lastAllowanceCharge.amount(),
                  lastAllowanceCharge.reason(),
                  lastAllowanceCharge.reasonCode(),
                  optional(s, 10),
                  X12Numbers.decimal(s.element(3))));
        }
      }
      default -> {
        // a heading TXI is not in the canonical invoice
      }
    }
  }

  private void sac(X12Segment s, X12SetProblems problems) {
    boolean allowance = s.element(1).equals("A");
    if (!allowance && !s.element(1).equals("C")) {
      return;
    }
    Optional<BigDecimal> amount = X12Numbers.implied(s.element(5), 2);
    if (s.has(5) && amount.isEmpty()) {
      problems.reject(s, "SAC05 amount '" + s.element(5) + "' is not an amount in cents");
    }
    lastAllowanceCharge =
        new Invoice.AllowanceCharge(
            amount.orElse(BigDecimal.ZERO),
            optional(s, 15),
            X12AllowanceChargeCodes.standard().canonical(allowance, s.element(2)),
            Optional.empty(),
            Optional.empty());
    (allowance ? allowances : charges).add(lastAllowanceCharge);
    section =
        section == Section.LINE || section == Section.LINE_SAC
            ? Section.LINE_SAC
            : Section.SUMMARY_SAC;
  }

  private void replaceLast(Invoice.AllowanceCharge replacement) {
    List<Invoice.AllowanceCharge> list =
        allowances.contains(lastAllowanceCharge) ? allowances : charges;
    list.set(list.lastIndexOf(lastAllowanceCharge), replacement);
    lastAllowanceCharge = replacement;
  }

  private void tds(X12Segment s, X12SetProblems problems) {
    section = Section.SUMMARY;
    party = null;
    payable = X12Numbers.implied(s.element(1), 2);
    if (payable.isEmpty()) {
      problems.reject(s, "TDS01 total '" + s.element(1) + "' is not an amount in cents");
    }
  }

  @Override
  public void end(X12Segment se, X12SetProblems problems) {
    if (!seenBig) {
      problems.reject(se, "the 810 has no BIG segment: no invoice number and date");
    }
    if (payable.isEmpty() && !problems.rejected()) {
      problems.reject(se, "the 810 has no TDS segment: no invoice total");
    }
    if (lineCount.isPresent() && !lineCount.get().equals(Integer.toString(lines.size()))) {
      problems.note(
          se,
          X12SetError.SEGMENTS_IN_ERROR,
          "CTT01 at "
              + cttWhere
              + " says "
              + lineCount.get()
              + " line items, the invoice has "
              + lines.size());
    }
  }

  @Override
  public void accept() {
    List<Invoice.Line> read = lines.stream().map(LineBuilder::line).toList();
    BigDecimal lineTotal =
        read.stream().map(Invoice.Line::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal net =
        lineTotal
            .subtract(sum(allowances))
            .add(sum(charges))
            .setScale(Money.scale(currency), RoundingMode.HALF_UP);
    Invoice.Totals totals = new Invoice.Totals(net, tax, net.add(tax), payable.orElseThrow());
    out.accept(
        new Invoice(
            number,
            type,
            issueDate,
            dueDate,
            currency,
            terms,
            buyerReference,
            seller(),
            buyer(),
            read,
            allowances,
            charges,
            totals));
  }

  private Invoice.Seller seller() {
    Party p = first(SELLER_ROLES);
    Optional<String> iban =
        Optional.ofNullable(parties.get("RI"))
            .or(() -> Optional.ofNullable(parties.get("RE")))
            .flatMap(r -> r.account);
    return new Invoice.Seller(p.name(), p.vatId, p.address(), iban, p.endpointId);
  }

  private Invoice.Buyer buyer() {
    Party p = first(BUYER_ROLES);
    return new Invoice.Buyer(p.n1.id(), p.name(), p.vatId, p.address(), p.endpointId);
  }

  private Party first(List<String> roles) {
    return roles.stream()
        .map(parties::get)
        .filter(p -> p != null)
        .findFirst()
        .orElse(new Party(new X12Name("", Optional.empty(), Optional.empty(), Optional.empty())));
  }

  private static BigDecimal sum(List<Invoice.AllowanceCharge> items) {
    return items.stream()
        .map(Invoice.AllowanceCharge::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Optional<String> optional(X12Segment s, int n) {
    return s.has(n) ? Optional.of(s.element(n)) : Optional.empty();
  }

  /** An N1 loop: the party and what its N3, N4 and REFs say. */
  private static final class Party {
    final X12Name n1;
    Optional<String> street = Optional.empty();
    Optional<String> city = Optional.empty();
    Optional<String> postalCode = Optional.empty();
    Optional<String> country = Optional.empty();
    Optional<String> vatId = Optional.empty();
    Optional<String> endpointId = Optional.empty();
    Optional<String> account = Optional.empty();

    Party(X12Name n1) {
      this.n1 = n1;
    }

    String name() {
      return n1.name().orElse("");
    }

    Invoice.Address address() {
      return new Invoice.Address(street, city, postalCode, country);
    }
  }

  /** An IT1 and its PIDs and TXI. */
  private static final class LineBuilder {
    final String id;
    final BigDecimal quantity;
    final String unit;
    final BigDecimal unitPrice;
    final List<String> description = new ArrayList<>();
    Optional<BigDecimal> taxRate = Optional.empty();
    Optional<String> taxCategory = Optional.empty();

    LineBuilder(String id, BigDecimal quantity, String unit, BigDecimal unitPrice) {
      this.id = id;
      this.quantity = quantity;
      this.unit = unit;
      this.unitPrice = unitPrice;
    }

    /** Without a TXI the line has no tax ("O", outside the scope of tax, 0 %). */
    Invoice.Line line() {
      BigDecimal rate = taxRate.orElse(BigDecimal.ZERO);
      String category =
          taxCategory.orElse(taxRate.isEmpty() ? "O" : rate.signum() == 0 ? "Z" : "S");
      return new Invoice.Line(
          id, String.join(" ", description), quantity, unit, unitPrice, category, rate);
    }
  }
}
