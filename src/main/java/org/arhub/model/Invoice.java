package org.arhub.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The canonical invoice of DESIGN.md ("Canonical invoice JSON"): what the ERP sends and every
 * rendering (UBL, CII, Factur-X, PDF, X12 810) is made from. Amounts are exact; {@link InvoiceJson}
 * reads and writes its JSON.
 *
 * @param type "invoice" or "credit_note"
 * @param buyerReference the buyer's reference for the invoice (often its purchase order number)
 * @param precedingInvoice for a credit note, the number of the invoice it credits (EN 16931 BT-25)
 * @param notes free-text notes printed on the invoice (EN 16931 BT-22)
 */
public record Invoice(
    String number,
    String type,
    LocalDate issueDate,
    Optional<LocalDate> dueDate,
    String currency,
    Optional<String> terms,
    Optional<String> buyerReference,
    Seller seller,
    Buyer buyer,
    List<Line> lines,
    List<AllowanceCharge> allowances,
    List<AllowanceCharge> charges,
    Totals totals,
    Optional<String> precedingInvoice,
    List<String> notes) {
  public Invoice {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(currency, "currency");
    lines = List.copyOf(lines);
    allowances = List.copyOf(allowances);
    charges = List.copyOf(charges);
    notes = List.copyOf(notes);
  }

  /** An invoice without a preceding invoice or notes. */
  public Invoice(
      String number,
      String type,
      LocalDate issueDate,
      Optional<LocalDate> dueDate,
      String currency,
      Optional<String> terms,
      Optional<String> buyerReference,
      Seller seller,
      Buyer buyer,
      List<Line> lines,
      List<AllowanceCharge> allowances,
      List<AllowanceCharge> charges,
      Totals totals) {
    this(
        number,
        type,
        issueDate,
        dueDate,
        currency,
        terms,
        buyerReference,
        seller,
        buyer,
        lines,
        allowances,
        charges,
        totals,
        Optional.empty(),
        List.of());
  }

  public boolean isCreditNote() {
    return "credit_note".equals(type);
  }

  /** A postal address; every part may be missing in a partner's data. */
  public record Address(
      Optional<String> street,
      Optional<String> city,
      Optional<String> postalCode,
      Optional<String> country) {
    public static Address none() {
      return new Address(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /**
   * Who sells and is paid: {@code iban} is where the buyer pays, {@code endpointId} the e-invoicing
   * address (e.g. "0088:..."), {@code contact} whom the buyer asks (XRechnung requires it).
   */
  public record Seller(
      String name,
      Optional<String> vatId,
      Address address,
      Optional<String> iban,
      Optional<String> endpointId,
      Optional<Contact> contact) {
    public Seller(
        String name,
        Optional<String> vatId,
        Address address,
        Optional<String> iban,
        Optional<String> endpointId) {
      this(name, vatId, address, iban, endpointId, Optional.empty());
    }
  }

  /** A person to contact at a party (EN 16931 BG-6). */
  public record Contact(Optional<String> name, Optional<String> phone, Optional<String> email) {}

  /** Who buys: {@code id} is the hub's customer id. */
  public record Buyer(
      Optional<String> id,
      String name,
      Optional<String> vatId,
      Address address,
      Optional<String> endpointId) {}

  /** One invoice line; its net amount is {@code quantity × unitPrice}. */
  public record Line(
      String id,
      String description,
      BigDecimal quantity,
      String unit,
      BigDecimal unitPrice,
      String taxCategory,
      BigDecimal taxRate) {
    public BigDecimal netAmount() {
      return quantity.multiply(unitPrice);
    }
  }

  /** A document-level allowance (reduces the net) or charge (adds to it). */
  public record AllowanceCharge(
      BigDecimal amount,
      Optional<String> reason,
      Optional<String> reasonCode,
      Optional<String> taxCategory,
      Optional<BigDecimal> taxRate) {}

  /**
   * The invoice totals: net (lines − allowances + charges), tax, gross (net + tax), payable (gross
   * − prepaid).
   */
  public record Totals(
      BigDecimal net, BigDecimal tax, BigDecimal gross, BigDecimal payable, BigDecimal prepaid) {
    /** Totals with nothing prepaid. */
    public Totals(BigDecimal net, BigDecimal tax, BigDecimal gross, BigDecimal payable) {
      this(net, tax, gross, payable, BigDecimal.ZERO);
    }
  }
}
