package org.arhub.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.arhub.formats.InvalidFileException;
import org.junit.jupiter.api.Test;

/** Layouts are checked before use; files whose structure cannot be followed are refused whole. */
class ErpLayoutTest {
  @Test
  void everyShippedLayoutLoads() {
    for (String name :
        List.of(
            "demo-erp-invoices-csv",
            "demo-erp-invoices-xml",
            "demo-erp-invoices-hl-csv",
            "demo-erp-customers-csv")) {
      assertThat(ErpLayout.named(name).name()).isEqualTo(name);
    }
  }

  @Test
  void aBrokenLayoutNamesEveryProblem() {
    String yaml =
        """
        subject: invoices
        syntax: csv
        headerRow: false
        colour: blue
        fields: { documentId: doc, issue: 3 }
        lineFields: { quantity: 5 }
        defaults: { lines.weight: 1 }
        numbering: { invoice: "INV-{mm}-{seq}" }
        """;
    assertThatThrownBy(() -> parse(yaml))
        .hasMessageContaining("test.yaml: colour: unknown setting")
        .hasMessageContaining("fields.issue: not a canonical field")
        .hasMessageContaining("defaults.lines.weight: not a canonical field")
        .hasMessageContaining("fields.issueDate: required")
        .hasMessageContaining("fields.buyer.id: required")
        .hasMessageContaining("lineFields.unitPrice: required")
        .hasMessageContaining("fields.documentId: 'doc' must be a column number")
        .hasMessageContaining("numbering.invoice: 'INV-{mm}-{seq}': unknown placeholder {mm}");
  }

  @Test
  void anXmlLayoutNeedsItsPaths() {
    assertThatThrownBy(() -> parse("subject: invoices\nsyntax: xml\nfields: {}\n"))
        .hasMessageContaining("documentPath: an XML layout needs")
        .hasMessageContaining("linePath: an XML invoice layout needs");
  }

  @Test
  void aCsvFileWithoutTheLayoutsColumnsIsRefusedWhole() {
    assertThatThrownBy(() -> read("demo-erp-invoices-csv", "doc_id,doc_date\nA,2026-01-01\n"))
        .isInstanceOf(InvalidFileException.class)
        .hasMessage(
            "f: line 1: missing column(s) doc_type, customer_id, currency, terms, po_number,"
                + " total_net, total_tax, total_gross, line_no, item_text, qty, uom, unit_price,"
                + " tax_cat, tax_rate, line_net of layout demo-erp-invoices-csv (the header has"
                + " doc_id, doc_date)");
  }

  @Test
  void anUnclosedQuoteIsRefusedWithItsLine() throws Exception {
    String header =
        "doc_id,doc_type,doc_date,customer_id,currency,terms,po_number,line_no,item_text,qty,uom,unit_price,tax_cat,tax_rate,line_net,total_net,total_tax,total_gross\n";
    assertThatThrownBy(() -> read("demo-erp-invoices-csv", header + "A,INV,\"2026-01-01\n"))
        .hasMessage("f: line 2: a quoted field is not closed on its line");
  }

  @Test
  void malformedXmlAndADoctypeAreRefused() {
    assertThatThrownBy(
            () -> read("demo-erp-invoices-xml", "<InvoiceExport><Invoice id='1'></InvoiceExport>"))
        .isInstanceOf(InvalidFileException.class)
        .hasMessageContaining("f: line 1: not well-formed XML");
    assertThatThrownBy(
            () ->
                read(
                    "demo-erp-invoices-xml",
                    "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><InvoiceExport/>"))
        .isInstanceOf(InvalidFileException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void rowsOfOneInvoiceApartAreAProblemOfThatInvoice() throws Exception {
    String header =
        "doc_id,doc_type,doc_date,customer_id,currency,terms,po_number,line_no,item_text,qty,uom,unit_price,tax_cat,tax_rate,line_net,total_net,total_tax,total_gross\n";
    String row = ",INV,2026-01-01,C1,EUR,NET 30,,1,x,1,EA,1.00,S,0,1.00,1.00,0.00,1.00\n";
    List<ErpDocument> docs =
        read("demo-erp-invoices-csv", header + "A" + row + "B" + row + "A" + row);
    assertThat(docs).hasSize(3);
    assertThat(docs.get(2).problems())
        .extracting(InvoiceProblem::toString)
        .containsExactly("f line 4: rows of document A are not next to each other in the file");
  }

  private static ErpLayout parse(String yaml) {
    return ErpLayout.parse(
        "t", "test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<ErpDocument> read(String layout, String content) throws Exception {
    try (ErpDocumentReader reader =
        ErpDocumentReader.open(
            ErpLayout.named(layout),
            new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
            "f")) {
      List<ErpDocument> out = new java.util.ArrayList<>();
      Optional<ErpDocument> next;
      while ((next = reader.next()).isPresent()) {
        out.add(next.get());
      }
      return out;
    }
  }
}
