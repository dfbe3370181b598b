package org.arhub.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.arhub.invoicing.ErpDocument.Fields;
import org.arhub.invoicing.ErpDocument.Value;
import org.arhub.model.Invoice;

/**
 * Turns one invoice of an ERP file into an {@link IncomingInvoice}: applies the layout's defaults
 * and code tables, reads dates and decimals, and fills the buyer from the customer master when the
 * file names only the customer id. Every value that cannot be read is a problem with its place; the
 * arithmetic is {@link InvoiceCheck}'s.
 */
public final class InvoiceAssembler {
  private final ErpLayout layout;
  private final CustomerDirectory customers;

  public InvoiceAssembler(ErpLayout layout, CustomerDirectory customers) {
    this.layout = layout;
    this.customers = customers;
  }

  /** The invoice as sent, or the problems that refuse it. */
  public sealed interface Result permits Assembled, Refused {}

  public record Assembled(IncomingInvoice invoice) implements Result {}

  public record Refused(Optional<String> documentId, String where, List<InvoiceProblem> problems)
      implements Result {}

  public Result assemble(ErpDocument document) {
    Reading r = new Reading(document.header(), "");
    List<InvoiceProblem> problems = r.problems;
    problems.addAll(document.problems());
    Optional<String> documentId = r.text("documentId");
    if (documentId.isEmpty()) {
      problems.add(new InvoiceProblem(document.where(), "documentId is missing"));
    }
    String type = r.text("type").orElse("invoice").toLowerCase(Locale.ROOT);
    if (!type.equals("invoice") && !type.equals("credit_note")) {
      problems.add(
          new InvoiceProblem(
              r.where("type"), "type '" + type + "' is neither invoice nor credit_note"));
    }
    LocalDate issueDate = r.date("issueDate", true);
    Optional<LocalDate> dueDate = Optional.ofNullable(r.date("dueDate", false));
    String currency = r.required("currency").toUpperCase(Locale.ROOT);
    Optional<String> customerId = r.text("buyer.id");
    if (customerId.isEmpty()) {
      problems.add(new InvoiceProblem(document.where(), "buyer.id (the customer) is missing"));
    }
    Optional<CustomerMaster> customer = customerId.flatMap(customers::find);
    // what the file does not say of the buyer comes from the customer master data: the e-invoice
    // must carry the buyer's address, VAT id and electronic address (EN 16931 BR-10/11, Peppol
    // R010)
    Invoice.Address fileAddress = r.address("buyer.");
    Invoice.Buyer buyer =
        new Invoice.Buyer(
            customerId,
            r.text("buyer.name").or(() -> customer.map(CustomerMaster::name)).orElse(""),
            r.text("buyer.vatId").or(() -> customer.flatMap(CustomerMaster::vatId)),
            fileAddress.equals(Invoice.Address.none())
                ? customer.map(CustomerMaster::address).orElse(fileAddress)
                : fileAddress,
            r.text("buyer.endpointId").or(() -> customer.flatMap(CustomerMaster::peppolId)));
    Invoice.Seller seller =
        new Invoice.Seller(
            r.text("seller.name").orElse(""),
            r.text("seller.vatId"),
            r.address("seller."),
            r.text("seller.iban"),
            r.text("seller.endpointId"),
            sellerContact(r));
    if (seller.name().isEmpty()) {
      problems.add(
          new InvoiceProblem(
              document.where(),
              "seller.name is missing (map it or set it in the layout defaults)"));
    }
    List<Invoice.Line> lines = new ArrayList<>();
    List<Optional<BigDecimal>> lineNets = new ArrayList<>();
    List<String> lineWheres = new ArrayList<>();
    if (document.lines().isEmpty()) {
      problems.add(new InvoiceProblem(document.where(), "the invoice has no lines"));
    }
    for (int i = 0; i < document.lines().size(); i++) {
      Reading line = new Reading(document.lines().get(i), "lines.", problems);
      lines.add(
          new Invoice.Line(
              line.text("id").orElse(String.valueOf(i + 1)),
              line.required("description"),
              line.decimal("quantity", true),
              line.text("unit").orElse("C62"),
              line.decimal("unitPrice", true),
              line.required("taxCategory"),
              line.decimal("taxRate", true)));
      lineNets.add(Optional.ofNullable(line.decimal("net", false)));
      lineWheres.add(document.lines().get(i).where());
    }
    List<BigDecimal> totals = new ArrayList<>();
    for (String total : List.of("totals.net", "totals.tax", "totals.gross", "totals.payable")) {
      totals.add(r.decimal(total, false));
    }
    boolean stated = totals.stream().anyMatch(t -> t != null);
    if (stated && totals.contains(null)) {
      problems.add(
          new InvoiceProblem(
              document.where(),
              "totals must be given all four (net, tax, gross, payable) or none"));
    }
    if (!problems.isEmpty()) {
      return new Refused(documentId, document.where(), problems);
    }
    Invoice invoice =
        new Invoice(
            "",
            type,
            issueDate,
            dueDate,
            currency,
            r.text("terms"),
            r.text("buyerReference"),
            seller,
            buyer,
            lines,
            List.of(),
            List.of(),
            new Invoice.Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    Invoice.Totals sums =
        stated
            ? new Invoice.Totals(totals.get(0), totals.get(1), totals.get(2), totals.get(3))
            : InvoiceArithmetic.totals(invoice);
    return new Assembled(
        new IncomingInvoice(
            documentId.get(),
            document.where(),
            Invoices.withTotals(invoice, sums),
            lineNets,
            lineWheres,
            stated));
  }

  /** Reads one record's fields, with the layout's defaults ("lines.unit") and code tables. */
  private final class Reading {
    private final Fields fields;
    private final String defaultsPrefix;
    private final List<InvoiceProblem> problems;

    Reading(Fields fields, String defaultsPrefix) {
      this(fields, defaultsPrefix, new ArrayList<>());
    }

    Reading(Fields fields, String defaultsPrefix, List<InvoiceProblem> problems) {
      this.fields = fields;
      this.defaultsPrefix = defaultsPrefix;
      this.problems = problems;
    }

    Optional<String> text(String field) {
      return fields
          .text(field)
          .map(v -> layout.values().getOrDefault(field, Map.of()).getOrDefault(v, v))
          .or(() -> Optional.ofNullable(layout.defaults().get(defaultsPrefix + field)));
    }

    String required(String field) {
      Optional<String> value = text(field);
      if (value.isEmpty()) {
        problems.add(new InvoiceProblem(fields.where(), field + " is missing"));
      }
      return value.orElse("");
    }

    String where(String field) {
      return fields.get(field).map(Value::where).orElse(fields.where());
    }

    LocalDate date(String field, boolean required) {
      Optional<String> text = required ? Optional.of(required(field)) : text(field);
      if (text.isEmpty() || text.get().isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(text.get(), layout.dateFormat());
      } catch (DateTimeParseException e) {
        problems.add(
            new InvoiceProblem(
                where(field),
                field + " '" + text.get() + "' is not a date as the layout writes it"));
        return null;
      }
    }

    BigDecimal decimal(String field, boolean required) {
      Optional<String> text = required ? Optional.of(required(field)) : text(field);
      if (text.isEmpty() || text.get().isEmpty()) {
        return required ? BigDecimal.ZERO : null;
      }
      String plain = text.get().replace(" ", "");
      if (layout.decimalSeparator() == ',') {
        plain = plain.replace(".", "").replace(',', '.');
      }
      try {
        return new BigDecimal(plain);
      } catch (NumberFormatException e) {
        problems.add(
            new InvoiceProblem(
                where(field), field + " '" + text.get() + "' is not a decimal number"));
        return required ? BigDecimal.ZERO : null;
      }
    }

    Invoice.Address address(String party) {
      return new Invoice.Address(
          text(party + "street"),
          text(party + "city"),
          text(party + "postalCode"),
          text(party + "country").map(c -> c.toUpperCase(Locale.ROOT)));
    }
  }

  /** The seller's contact (EN 16931 BG-6), usually from the layout defaults. */
  private static Optional<Invoice.Contact> sellerContact(Reading r) {
    Optional<String> name = r.text("seller.contact.name");
    Optional<String> phone = r.text("seller.contact.phone");
    Optional<String> email = r.text("seller.contact.email");
    return name.isEmpty() && phone.isEmpty() && email.isEmpty()
        ? Optional.empty()
        : Optional.of(new Invoice.Contact(name, phone, email));
  }
}
