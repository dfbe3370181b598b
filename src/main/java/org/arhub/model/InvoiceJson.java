package org.arhub.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes the canonical invoice JSON of DESIGN.md. Amounts, quantities and rates are
 * strings (numbers are accepted too) read as exact decimals; dates are ISO yyyy-mm-dd. A missing
 * required key or a bad value is an {@link IllegalArgumentException} naming its JSON path, e.g.
 * "$.lines[1].unitPrice: '12,50' is not a decimal number".
 */
public final class InvoiceJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private InvoiceJson() {}

  public static Invoice read(InputStream in) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("$: not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("$: expected a JSON object with the canonical invoice");
    }
    return invoice(new Node(root, "$"));
  }

  private static Invoice invoice(Node n) {
    return new Invoice(
        n.text("number"),
        n.optionalText("type").orElse("invoice"),
        n.date("issueDate"),
        n.optionalText("dueDate").map(d -> date(d, n.path + ".dueDate")),
        n.text("currency"),
        n.optionalText("terms"),
        n.optionalText("buyerReference"),
        seller(n.object("seller")),
        buyer(n.object("buyer")),
        n.list("lines", InvoiceJson::line),
        n.optionalList("allowances", InvoiceJson::allowanceCharge),
        n.optionalList("charges", InvoiceJson::allowanceCharge),
        totals(n.object("totals")),
        n.optionalText("precedingInvoice"),
        n.optionalStrings("notes"));
  }

  private static Invoice.Seller seller(Node n) {
    return new Invoice.Seller(
        n.text("name"),
        n.optionalText("vatId"),
        address(n),
        n.optionalText("iban"),
        n.optionalText("endpointId"),
        n.optionalObject("contact").map(InvoiceJson::contact));
  }

  private static Invoice.Contact contact(Node n) {
    return new Invoice.Contact(
        n.optionalText("name"), n.optionalText("phone"), n.optionalText("email"));
  }

  private static Invoice.Buyer buyer(Node n) {
    return new Invoice.Buyer(
        n.optionalText("id"),
        n.text("name"),
        n.optionalText("vatId"),
        address(n),
        n.optionalText("endpointId"));
  }

  private static Invoice.Address address(Node party) {
    Optional<Node> a = party.optionalObject("address");
    if (a.isEmpty()) {
      return Invoice.Address.none();
    }
    Node n = a.get();
    return new Invoice.Address(
        n.optionalText("street"),
        n.optionalText("city"),
        n.optionalText("postalCode"),
        n.optionalText("country"));
  }

  private static Invoice.Line line(Node n) {
    return new Invoice.Line(
        n.text("id"),
        n.text("description"),
        n.decimal("quantity"),
        n.text("unit"),
        n.decimal("unitPrice"),
        n.text("taxCategory"),
        n.decimal("taxRate"));
  }

  private static Invoice.AllowanceCharge allowanceCharge(Node n) {
    return new Invoice.AllowanceCharge(
        n.decimal("amount"),
        n.optionalText("reason"),
        n.optionalText("reasonCode"),
        n.optionalText("taxCategory"),
        n.optionalDecimal("taxRate"));
  }

  private static Invoice.Totals totals(Node n) {
    return new Invoice.Totals(
        n.decimal("net"),
        n.decimal("tax"),
        n.decimal("gross"),
        n.decimal("payable"),
        n.optionalDecimal("prepaid").orElse(BigDecimal.ZERO));
  }

  private static LocalDate date(String text, String path) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(path + ": '" + text + "' is not a date (yyyy-mm-dd)");
    }
  }

  /**
   * Writes the invoice as canonical JSON: every key DESIGN.md names, absent optional values left
   * out.
   */
  public static void write(Invoice invoice, OutputStream out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("number", invoice.number());
      json.writeStringField("type", invoice.type());
      json.writeStringField("issueDate", invoice.issueDate().toString());
      optional(json, "dueDate", invoice.dueDate().map(Object::toString));
      json.writeStringField("currency", invoice.currency());
      optional(json, "terms", invoice.terms());
      optional(json, "buyerReference", invoice.buyerReference());
      json.writeObjectFieldStart("seller");
      json.writeStringField("name", invoice.seller().name());
      optional(json, "vatId", invoice.seller().vatId());
      address(json, invoice.seller().address());
      optional(json, "iban", invoice.seller().iban());
      optional(json, "endpointId", invoice.seller().endpointId());
      if (invoice.seller().contact().isPresent()) {
        Invoice.Contact contact = invoice.seller().contact().get();
        json.writeObjectFieldStart("contact");
        optional(json, "name", contact.name());
        optional(json, "phone", contact.phone());
        optional(json, "email", contact.email());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("buyer");
      optional(json, "id", invoice.buyer().id());
      json.writeStringField("name", invoice.buyer().name());
      optional(json, "vatId", invoice.buyer().vatId());
      address(json, invoice.buyer().address());
      optional(json, "endpointId", invoice.buyer().endpointId());
      json.writeEndObject();
      json.writeArrayFieldStart("lines");
      for (Invoice.Line line : invoice.lines()) {
        json.writeStartObject();
        json.writeStringField("id", line.id());
        json.writeStringField("description", line.description());
        json.writeStringField("quantity", line.quantity().toPlainString());
        json.writeStringField("unit", line.unit());
        json.writeStringField("unitPrice", line.unitPrice().toPlainString());
        json.writeStringField("taxCategory", line.taxCategory());
        json.writeStringField("taxRate", line.taxRate().toPlainString());
        json.writeEndObject();
      }
      json.writeEndArray();
      allowanceCharges(json, "allowances", invoice.allowances());
      allowanceCharges(json, "charges", invoice.charges());
      json.writeObjectFieldStart("totals");
      json.writeStringField("net", invoice.totals().net().toPlainString());
      json.writeStringField("tax", invoice.totals().tax().toPlainString());
      json.writeStringField("gross", invoice.totals().gross().toPlainString());
      json.writeStringField("payable", invoice.totals().payable().toPlainString());
      if (invoice.totals().prepaid().signum() != 0) {
        json.writeStringField("prepaid", invoice.totals().prepaid().toPlainString());
      }
      json.writeEndObject();
      optional(json, "precedingInvoice", invoice.precedingInvoice());
      if (!invoice.notes().isEmpty()) {
        json.writeArrayFieldStart("notes");
        for (String note : invoice.notes()) {
          json.writeString(note);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
  }

  private static void address(JsonGenerator json, Invoice.Address a) throws IOException {
    if (a.equals(Invoice.Address.none())) {
      return;
    }
    json.writeObjectFieldStart("address");
    optional(json, "street", a.street());
    optional(json, "city", a.city());
    optional(json, "postalCode", a.postalCode());
    optional(json, "country", a.country());
    json.writeEndObject();
  }

  private static void allowanceCharges(
      JsonGenerator json, String field, List<Invoice.AllowanceCharge> items) throws IOException {
    json.writeArrayFieldStart(field);
    for (Invoice.AllowanceCharge ac : items) {
      json.writeStartObject();
      json.writeStringField("amount", ac.amount().toPlainString());
      optional(json, "reason", ac.reason());
      optional(json, "reasonCode", ac.reasonCode());
      optional(json, "taxCategory", ac.taxCategory());
      optional(json, "taxRate", ac.taxRate().map(BigDecimal::toPlainString));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void optional(JsonGenerator json, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    }
  }

  /** A JSON object with its path, for errors that say where. */
  private record Node(JsonNode json, String path) {
    String text(String field) {
      return optionalText(field)
          .orElseThrow(() -> new IllegalArgumentException(path + "." + field + ": required"));
    }

    Optional<String> optionalText(String field) {
      JsonNode v = json.get(field);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isValueNode()) {
        throw new IllegalArgumentException(path + "." + field + ": expected a string");
      }
      String text = v.asText().strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    LocalDate date(String field) {
      return InvoiceJson.date(text(field), path + "." + field);
    }

    BigDecimal decimal(String field) {
      return optionalDecimal(field)
          .orElseThrow(() -> new IllegalArgumentException(path + "." + field + ": required"));
    }

    Optional<BigDecimal> optionalDecimal(String field) {
      return optionalText(field)
          .map(
              text -> {
                try {
                  return new BigDecimal(text);
                } catch (NumberFormatException e) {
                  throw new IllegalArgumentException(
                      path + "." + field + ": '" + text + "' is not a decimal number");
                }
              });
    }

    Node object(String field) {
      return optionalObject(field)
          .orElseThrow(() -> new IllegalArgumentException(path + "." + field + ": required"));
    }

    Optional<Node> optionalObject(String field) {
      JsonNode v = json.get(field);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isObject()) {
        throw new IllegalArgumentException(path + "." + field + ": expected an object");
      }
      return Optional.of(new Node(v, path + "." + field));
    }

    List<String> optionalStrings(String field) {
      JsonNode v = json.get(field);
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw new IllegalArgumentException(path + "." + field + ": expected an array of strings");
      }
      List<String> items = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isValueNode()) {
          throw new IllegalArgumentException(path + "." + field + "[" + i + "]: expected a string");
        }
        items.add(v.get(i).asText());
      }
      return items;
    }

    <T> List<T> list(String field, Function<Node, T> item) {
      if (json.get(field) == null) {
        throw new IllegalArgumentException(path + "." + field + ": required");
      }
      return optionalList(field, item);
    }

    <T> List<T> optionalList(String field, Function<Node, T> item) {
      JsonNode v = json.get(field);
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw new IllegalArgumentException(path + "." + field + ": expected an array");
      }
      List<T> items = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        String at = path + "." + field + "[" + i + "]";
        if (!v.get(i).isObject()) {
          throw new IllegalArgumentException(at + ": expected an object");
        }
        items.add(item.apply(new Node(v.get(i), at)));
      }
      return items;
    }
  }
}
