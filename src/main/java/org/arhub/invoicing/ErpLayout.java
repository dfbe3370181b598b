package org.arhub.invoicing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How one ERP writes invoices or customers, declared as data in {@code mappings/erp/<name>.yaml}:
 * the syntax (CSV or XML), where each canonical field is (a CSV column by header name or 1-based
 * position, an XML path relative to the document element, {@code @attr} for an attribute), constant
 * defaults (the seller's own data), code translations ("CRN" → "credit_note") and the numbering
 * series. Built only by {@link ErpLayoutYaml}, so every instance is valid.
 *
 * @param recordTypes CSV with header and line rows: which column tells them apart
 * @param documentPath XML: the absolute element path of one document, e.g. "/Export/Invoice"
 * @param linePath XML: the path of one line relative to the document, e.g. "Lines/Line"
 */
public record ErpLayout(
    String name,
    String description,
    Subject subject,
    Syntax syntax,
    char delimiter,
    boolean headerRow,
    Optional<RecordTypes> recordTypes,
    Optional<String> documentPath,
    Optional<String> linePath,
    Map<String, String> fields,
    Map<String, String> lineFields,
    Map<String, String> defaults,
    Map<String, Map<String, String>> values,
    DateTimeFormatter dateFormat,
    char decimalSeparator,
    String listSeparator,
    InvoiceNumberFormat invoiceNumbers,
    InvoiceNumberFormat creditNoteNumbers) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Map<String, ErpLayout> LOADED = new ConcurrentHashMap<>();

  public ErpLayout {
    // in the file's order, so that errors list columns as the layout declares them
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    lineFields = Collections.unmodifiableMap(new LinkedHashMap<>(lineFields));
    defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** What the ERP's file carries. */
  public enum Subject {
    INVOICES,
    CUSTOMERS
  }

  public enum Syntax {
    CSV,
    XML
  }

  /** CSV rows of two kinds: {@code column} holds {@code headerCode} or {@code lineCode}. */
  public record RecordTypes(String column, String headerCode, String lineCode) {}

  /** The canonical header fields of an invoice a layout may map. */
  public static final List<String> INVOICE_FIELDS =
      List.of(
          "documentId",
          "type",
          "issueDate",
          "dueDate",
          "currency",
          "terms",
          "buyerReference",
          "buyer.id",
          "buyer.name",
          "buyer.vatId",
          "buyer.endpointId",
          "buyer.street",
          "buyer.city",
          "buyer.postalCode",
          "buyer.country",
          "seller.name",
          "seller.vatId",
          "seller.iban",
          "seller.endpointId",
          "seller.street",
          "seller.city",
          "seller.postalCode",
          "seller.country",
          "seller.contact.name",
          "seller.contact.phone",
          "seller.contact.email",
          "totals.net",
          "totals.tax",
          "totals.gross",
          "totals.payable");

  /** The canonical fields of an invoice line; {@code net} is the ERP's line amount, checked. */
  public static final List<String> LINE_FIELDS =
      List.of(
          "documentId",
          "id",
          "description",
          "quantity",
          "unit",
          "unitPrice",
          "taxCategory",
          "taxRate",
          "net");

  /** The customer master fields; channels and emails are lists split by the list separator. */
  public static final List<String> CUSTOMER_FIELDS =
      List.of(
          "id",
          "name",
          "parentId",
          "currency",
          "terms",
          "group",
          "vatId",
          "taxId",
          "peppolId",
          "street",
          "city",
          "postalCode",
          "country",
          "language",
          "channels",
          "emails");

  /** Loads and checks {@code mappings/erp/<name>.yaml} from the classpath, once. */
  public static ErpLayout named(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a layout name (lower-case letters, digits and '-')");
    }
    return LOADED.computeIfAbsent(name, ErpLayout::load);
  }

  private static ErpLayout load(String name) {
    String resource = "mappings/erp/" + name + ".yaml";
    try (InputStream in = ErpLayout.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no layout " + resource + " on the classpath");
      }
      return ErpLayoutYaml.read(name, resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Reads a layout from any stream (tests, tools); throws with every problem of the file. */
  public static ErpLayout parse(String name, String source, InputStream yaml) {
    return ErpLayoutYaml.read(name, source, yaml);
  }
}
