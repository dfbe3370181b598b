package org.arhub.formats.x12;

import io.xlate.edi.stream.EDIStreamException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.Invoice;
import org.arhub.model.Money;

/**
 * Writes canonical invoices as X12 810 Invoice 004010, one transaction set per invoice in one
 * functional group (GS01 IN) of one interchange, addressed by an {@link X12Envelope}:
 *
 * <pre>
 * BIG  issue date, number, buyer reference as PO number, CR for a credit note
 * CUR  SE currency
 * N1   SE seller (N3/N4 address, REF VX VAT id, REF ZZ endpoint id), RI remit-to (REF 11 IBAN),
 *      BY buyer and BT bill-to (N104 customer id, qualifier 91; N3/N4; REF VX; REF ZZ endpoint id)
 * ITD  terms ("2/10 NET30": ITD03 2, ITD05 10, ITD07 30, ITD12 the text), ITD06 due date
 * DTM  013 terms net due date
 * IT1  line id, quantity, unit (X12 code), unit price; PID F description; TXI VA rate, TXI10 category
 * TDS  amount payable in cents; TXI VA total tax; CAD routing (when configured)
 * SAC  A allowances / C charges (SAC02 code, SAC05 cents, SAC15 reason; TXI for their tax)
 * CTT  number of lines
 * </pre>
 *
 * Every interchange is validated against mappings/x12/810.xml while it is written and then read
 * back; what fails is never returned: {@link X12ValidationException} lists every problem with its
 * segment.
 */
public final class X12InvoiceWriter {
  static final String ENDPOINT_REFERENCE = "ZZ";
  static final String ENDPOINT_DESCRIPTION = "ENDPOINT ID";
  private static final int DESCRIPTION_LENGTH = 80;

  private final X12Schemas schemas;
  private final Optional<String> carrierRouting;

  public X12InvoiceWriter() {
    this(X12Schemas.standard(), Optional.empty());
  }

  private X12InvoiceWriter(X12Schemas schemas, Optional<String> carrierRouting) {
    this.schemas = schemas;
    this.carrierRouting = carrierRouting;
  }

  /** A writer that states the partner's carrier routing in CAD05 (some buyers require a CAD). */
  public X12InvoiceWriter withCarrierRouting(String routing) {
    return new X12InvoiceWriter(schemas, Optional.of(routing));
  }

  public byte[] write(Invoice invoice, X12Envelope envelope) throws X12ValidationException {
    return write(List.of(invoice), envelope);
  }

  public byte[] write(List<Invoice> invoices, X12Envelope envelope) throws X12ValidationException {
    List<String> problems = new ArrayList<>();
    for (Invoice invoice : invoices) {
      problems.addAll(X12InvoiceChecks.check(invoice));
    }
    if (!problems.isEmpty()) {
      throw new X12ValidationException("810 not written", problems);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    X12EnvelopeWriter w = new X12EnvelopeWriter(out, envelope, "00401", schemas);
    try {
      w.isa();
      w.gs("IN", "004010");
      for (Invoice invoice : invoices) {
        w.st("810", null, schemas.transaction("810", "004010"));
        invoice(w, invoice);
        w.se();
      }
      w.ge();
      w.iea();
    } catch (EDIStreamException e) {
      throw new X12ValidationException("810 not written", List.of(e.getMessage()));
    }
    if (!w.problems().isEmpty()) {
      throw new X12ValidationException("810 fails mappings/x12/810.xml", w.problems());
    }
    readBack(out.toByteArray(), invoices.size());
    return out.toByteArray();
  }

  private void invoice(X12EnvelopeWriter w, Invoice invoice) throws EDIStreamException {
    w.segment(
        "BIG",
        X12Dates.ccyymmdd(invoice.issueDate()),
        invoice.number(),
        "",
        invoice.buyerReference().orElse(""),
        "",
        "",
        "credit_note".equals(invoice.type()) ? "CR" : "");
    w.segment("CUR", "SE", invoice.currency());
    seller(w, invoice.seller());
    buyer(w, "BY", invoice.buyer());
    buyer(w, "BT", invoice.buyer());
    terms(w, invoice);
    int count = 0;
    for (Invoice.Line line : invoice.lines()) {
      line(w, line);
      count++;
    }
    w.segment("TDS", X12Numbers.n2(invoice.totals().payable()));
    w.segment("TXI", "VA", X12Numbers.r(invoice.totals().tax()));
    if (carrierRouting.isPresent()) {
      w.segment("CAD", "", "", "", "", carrierRouting.get());
    }
    for (Invoice.AllowanceCharge a : invoice.allowances()) {
      allowanceCharge(w, true, a);
    }
    for (Invoice.AllowanceCharge c : invoice.charges()) {
      allowanceCharge(w, false, c);
    }
    w.segment("CTT", Integer.toString(count));
  }

  private static void seller(X12EnvelopeWriter w, Invoice.Seller seller) throws EDIStreamException {
    w.segment("N1", "SE", seller.name());
    address(w, seller.address());
    reference(w, "VX", seller.vatId());
    endpoint(w, seller.endpointId());
    if (seller.iban().isPresent()) {
      w.segment("N1", "RI", seller.name());
      w.segment("REF", "11", seller.iban().get());
    }
  }

  private static void buyer(X12EnvelopeWriter w, String role, Invoice.Buyer buyer)
      throws EDIStreamException {
    w.segment("N1", role, buyer.name(), buyer.id().isPresent() ? "91" : "", buyer.id().orElse(""));
    address(w, buyer.address());
    reference(w, "VX", buyer.vatId());
    endpoint(w, buyer.endpointId());
  }

  private static void address(X12EnvelopeWriter w, Invoice.Address a) throws EDIStreamException {
    if (a.street().isPresent()) {
      w.segment("N3", a.street().get());
    }
    if (a.city().isPresent() || a.postalCode().isPresent() || a.country().isPresent()) {
      w.segment("N4", a.city().orElse(""), "", a.postalCode().orElse(""), a.country().orElse(""));
    }
  }

  private static void reference(X12EnvelopeWriter w, String qualifier, Optional<String> value)
      throws EDIStreamException {
    if (value.isPresent()) {
      w.segment("REF", qualifier, value.get());
    }
  }

  private static void endpoint(X12EnvelopeWriter w, Optional<String> endpointId)
      throws EDIStreamException {
    if (endpointId.isPresent()) {
      w.segment("REF", ENDPOINT_REFERENCE, endpointId.get(), ENDPOINT_DESCRIPTION);
    }
  }

  private static void terms(X12EnvelopeWriter w, Invoice invoice) throws EDIStreamException {
    if (invoice.terms().isEmpty() && invoice.dueDate().isEmpty()) {
      return;
    }
    X12PaymentTerms terms =
        invoice
            .terms()
            .map(X12PaymentTerms::parse)
            .orElse(new X12PaymentTerms(Optional.empty(), Optional.empty(), Optional.empty()));
    boolean discount = terms.discountPercent().isPresent();
    w.segment(
        "ITD",
        discount ? "01" : "05",
        "3",
        terms.discountPercent().map(X12Numbers::r).orElse(""),
        "",
        terms.discountDays().map(String::valueOf).orElse(""),
        invoice.dueDate().map(X12Dates::ccyymmdd).orElse(""),
        terms.netDays().map(String::valueOf).orElse(""),
        "",
        "",
        "",
        "",
        invoice.terms().orElse(""));
    if (invoice.dueDate().isPresent()) {
      w.segment("DTM", "013", X12Dates.ccyymmdd(invoice.dueDate().get()));
    }
  }

  private static void line(X12EnvelopeWriter w, Invoice.Line line) throws EDIStreamException {
    String unit = X12UnitCodes.standard().x12(line.unit()).orElseThrow();
    w.segment(
        "IT1", line.id(), X12Numbers.r(line.quantity()), unit, X12Numbers.r(line.unitPrice()));
    valueAddedTax(w, X12Numbers.r(line.taxRate()), line.taxCategory());
    for (String part : descriptionParts(line.description())) {
      w.segment("PID", "F", "", "", "", part);
    }
  }

  private static void allowanceCharge(
      X12EnvelopeWriter w, boolean allowance, Invoice.AllowanceCharge ac)
      throws EDIStreamException {
    String code = X12AllowanceChargeCodes.standard().x12(allowance, ac.reasonCode());
    String reason = ac.reason().orElse(allowance ? "Allowance" : "Charge");
    w.segment(
        "SAC",
        allowance ? "A" : "C",
        code,
        "",
        "",
        X12Numbers.n2(ac.amount()),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        reason.length() > DESCRIPTION_LENGTH ? reason.substring(0, DESCRIPTION_LENGTH) : reason);
    if (ac.taxCategory().isPresent() || ac.taxRate().isPresent()) {
      valueAddedTax(w, ac.taxRate().map(X12Numbers::r).orElse(""), ac.taxCategory().orElse(""));
    }
  }

  /** TXI VA: the tax rate in TXI03, the tax category in TXI10. */
  private static void valueAddedTax(X12EnvelopeWriter w, String rate, String category)
      throws EDIStreamException {
    w.segment("TXI", "VA", "", rate, "", "", "", "", "", "", category);
  }

  /**
   * PID05 holds 80 characters: a longer description is split at spaces over several PIDs (read back
   * joined by a space).
   */
  static List<String> descriptionParts(String description) {
    List<String> parts = new ArrayList<>();
    String rest = description.strip();
    while (rest.length() > DESCRIPTION_LENGTH) {
      int cut = rest.lastIndexOf(' ', DESCRIPTION_LENGTH);
      if (cut <= 0) {
        cut = DESCRIPTION_LENGTH;
      }
      parts.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    parts.add(rest);
    return parts;
  }

  /** The interchange must read back as valid: every 810 accepted without errors. */
  private void readBack(byte[] edi, int invoices) throws X12ValidationException {
    AcknowledgmentCollector acks = new AcknowledgmentCollector();
    List<Invoice> read = new ArrayList<>();
    try {
      new X12InvoiceReader(schemas).read("810", new ByteArrayInputStream(edi), read::add, acks);
    } catch (InvalidFileException | IOException e) {
      throw new X12ValidationException("810 written but not readable", List.of(e.getMessage()));
    }
    List<String> problems = new ArrayList<>(acks.problems());
    acks.interchanges().stream()
        .flatMap(i -> i.groups().stream())
        .flatMap(g -> g.sets().stream())
        .filter(s -> s.code() != X12AcknowledgmentCode.ACCEPTED)
        .forEach(s -> problems.addAll(s.reasons()));
    if (read.size() != invoices && problems.isEmpty()) {
      problems.add(invoices + " invoices written, " + read.size() + " read back");
    }
    if (!problems.isEmpty()) {
      throw new X12ValidationException("810 written but not valid when read back", problems);
    }
  }

  /** What an invoice must have to be an 810 at all, checked before anything is written. */
  static final class X12InvoiceChecks {
    private X12InvoiceChecks() {}

    static List<String> check(Invoice invoice) {
      List<String> problems = new ArrayList<>();
      String at = "invoice " + invoice.number() + ": ";
      try {
        Money.scale(invoice.currency());
      } catch (IllegalArgumentException e) {
        problems.add(at + e.getMessage());
      }
      cents(problems, at + "totals.payable (TDS01)", invoice.totals().payable());
      cents(problems, at + "totals.tax (TXI02)", invoice.totals().tax());
      for (int i = 0; i < invoice.allowances().size(); i++) {
        cents(
            problems,
            at + "allowances[" + i + "].amount (SAC05)",
            invoice.allowances().get(i).amount());
      }
      for (int i = 0; i < invoice.charges().size(); i++) {
        cents(
            problems, at + "charges[" + i + "].amount (SAC05)", invoice.charges().get(i).amount());
      }
      for (int i = 0; i < invoice.lines().size(); i++) {
        Invoice.Line line = invoice.lines().get(i);
        if (X12UnitCodes.standard().x12(line.unit()).isEmpty()) {
          problems.add(
              at
                  + "lines["
                  + i
                  + "].unit '"
                  + line.unit()
                  + "' has no X12 unit code (mappings/x12/unit-codes.csv)");
        }
      }
      if (invoice.lines().isEmpty()) {
        problems.add(at + "no lines: an 810 needs at least one IT1");
      }
      return problems;
    }

    private static void cents(List<String> problems, String what, BigDecimal amount) {
      if (amount.stripTrailingZeros().scale() > 2) {
        problems.add(
            what
                + " "
                + amount.toPlainString()
                + " has more than 2 decimals; X12 N2 amounts are in cents");
      }
    }
  }
}
