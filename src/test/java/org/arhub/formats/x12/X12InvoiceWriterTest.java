package org.arhub.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.arhub.invoicing.Invoices;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.junit.jupiter.api.Test;

/**
 * The 810 writer: golden output, round trip to the same invoice, and refusal of what its schema
 * refuses.
 */
class X12InvoiceWriterTest {
  private static final X12Envelope ENVELOPE =
      X12Envelope.of(
          "ZZ",
          "ARHUB",
          "ZZ",
          "WIDGETRETAIL",
          "ARHUB",
          "WIDGETRETAIL",
          42,
          7,
          LocalDateTime.of(2026, 11, 23, 14, 5));

  static Invoice standard() throws IOException {
    try (InputStream in =
        Files.newInputStream(X12TestFiles.folder().resolve("invoices/standard.json"))) {
      return InvoiceJson.read(in);
    }
  }

  @Test
  void writesTheExpected810() throws Exception {
    byte[] edi = new X12InvoiceWriter().write(standard(), ENVELOPE);

    Path expected = X12TestFiles.folder().resolve("invoices/standard.expected.810");
    assertThat(new String(edi, StandardCharsets.US_ASCII))
        .isEqualTo(Files.readString(expected, StandardCharsets.US_ASCII));
  }

  @Test
  void an810WeWriteReadsBackAsTheSameInvoice() throws Exception {
    Invoice invoice = standard();

    List<Invoice> back =
        new X12InvoiceReader()
            .read(
                "ours.810",
                new ByteArrayInputStream(new X12InvoiceWriter().write(invoice, ENVELOPE)));

    assertThat(back).singleElement().satisfies(read -> assertSameInvoice(read, invoice));
  }

  @Test
  void severalInvoicesGoInOneGroupOneTransactionSetEach() throws Exception {
    Invoice first = standard();
    Invoice second = Invoices.withNumber(first, "INV-2026-000124");

    byte[] edi = new X12InvoiceWriter().write(List.of(first, second), ENVELOPE);
    AcknowledgmentCollector acknowledgments = new AcknowledgmentCollector();
    List<Invoice> back = new java.util.ArrayList<>();
    new X12InvoiceReader()
        .read("ours.810", new ByteArrayInputStream(edi), back::add, acknowledgments);

    assertThat(back)
        .extracting(Invoice::number)
        .containsExactly("INV-2026-000123", "INV-2026-000124");
    assertThat(acknowledgments.interchanges())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.interchangeId()).isEqualTo("ARHUB/000000042");
              assertThat(i.groups())
                  .singleElement()
                  .satisfies(
                      g -> {
                        assertThat(g.functionalId()).isEqualTo("IN");
                        assertThat(g.controlNumber()).isEqualTo("7");
                        assertThat(g.sets())
                            .extracting(X12TransactionSetReceipt::controlNumber)
                            .containsExactly("0001", "0002");
                        assertThat(g.code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED);
                      });
            });
  }

  @Test
  void aCreditNoteIsAnInvoiceOfTypeCr() throws Exception {
    Invoice credit = standard();
    credit =
        new Invoice(
            credit.number(),
            "credit_note",
            credit.issueDate(),
            credit.dueDate(),
            credit.currency(),
            credit.terms(),
            credit.buyerReference(),
            credit.seller(),
            credit.buyer(),
            credit.lines(),
            credit.allowances(),
            credit.charges(),
            credit.totals());

    byte[] edi = new X12InvoiceWriter().write(credit, ENVELOPE);

    assertThat(new String(edi, StandardCharsets.US_ASCII))
        .contains("BIG*20261123*INV-2026-000123**PO-4711***CR~");
    assertThat(new X12InvoiceReader().read("cr.810", new ByteArrayInputStream(edi)))
        .singleElement()
        .satisfies(i -> assertThat(i.type()).isEqualTo("credit_note"));
  }

  @Test
  void partnerDelimitersAndCarrierRouting() throws Exception {
    X12Envelope pipes =
        ENVELOPE.withDelimiters(new X12Delimiters('|', '>', X12Delimiters.NONE, '\n'));

    byte[] edi = new X12InvoiceWriter().withCarrierRouting("BEST WAY").write(standard(), pipes);

    String text = new String(edi, StandardCharsets.US_ASCII);
    assertThat(text)
        .startsWith("ISA|00|")
        .contains("\nCAD|||||BEST WAY\n")
        .contains("\nTDS|26775\n");
    assertThat(new X12InvoiceReader().read("pipes.810", new ByteArrayInputStream(edi)))
        .singleElement()
        .satisfies(read -> assertSameInvoice(read, standard()));
  }

  @Test
  void aValueHoldingASeparatorIsRefusedNotMangled() throws Exception {
    X12Envelope colons =
        ENVELOPE.withDelimiters(new X12Delimiters('*', ':', X12Delimiters.NONE, '~'));

    assertThatThrownBy(() -> new X12InvoiceWriter().write(standard(), colons))
        .isInstanceOf(X12ValidationException.class)
        .satisfies(
            e ->
                assertThat(((X12ValidationException) e).problems())
                    .contains(
                        "segment 10 (REF): REF02 '0088:4012345000009' holds the separator ':', which X12 cannot escape"));
  }

  @Test
  void anInvoiceTheSchemaRefusesIsNeverReturned() throws Exception {
    Invoice tooLong = Invoices.withNumber(standard(), "INV-2026-000123-TOO-LONG-FOR-BIG02");

    assertThatThrownBy(() -> new X12InvoiceWriter().write(tooLong, ENVELOPE))
        .isInstanceOf(X12ValidationException.class)
        .satisfies(
            e ->
                assertThat(((X12ValidationException) e).problems())
                    .containsExactly(
                        "segment 4 (BIG): BIG02: data element too long ('INV-2026-000123-TOO-LONG-FOR-BIG02')"));
  }

  @Test
  void amountsAnX12CentFieldCannotHoldAreRefusedBeforeWriting() throws Exception {
    Invoice invoice = standard();
    Invoice.Totals totals =
        new Invoice.Totals(
            invoice.totals().net(),
            invoice.totals().tax(),
            invoice.totals().gross(),
            new BigDecimal("267.755"));
    Invoice odd =
        new Invoice(
            invoice.number(),
            invoice.type(),
            invoice.issueDate(),
            invoice.dueDate(),
            invoice.currency(),
            invoice.terms(),
            invoice.buyerReference(),
            invoice.seller(),
            invoice.buyer(),
            invoice.lines(),
            invoice.allowances(),
            invoice.charges(),
            totals);

    assertThatThrownBy(() -> new X12InvoiceWriter().write(odd, ENVELOPE))
        .isInstanceOf(X12ValidationException.class)
        .hasMessage(
            "810 not written: invoice INV-2026-000123: totals.payable (TDS01) 267.755 has more than 2 decimals; X12 N2 amounts are in cents");
  }

  @Test
  void aUnitWithoutAnX12CodeIsRefused() throws Exception {
    Invoice invoice = standard();
    Invoice.Line line = invoice.lines().get(0);
    Invoice odd =
        new Invoice(
            invoice.number(),
            invoice.type(),
            invoice.issueDate(),
            invoice.dueDate(),
            invoice.currency(),
            invoice.terms(),
            invoice.buyerReference(),
            invoice.seller(),
            invoice.buyer(),
            List.of(
                new Invoice.Line(
                    line.id(),
                    line.description(),
                    line.quantity(),
                    "XYZ",
                    line.unitPrice(),
                    line.taxCategory(),
                    line.taxRate())),
            invoice.allowances(),
            invoice.charges(),
            invoice.totals());

    assertThatThrownBy(() -> new X12InvoiceWriter().write(odd, ENVELOPE))
        .isInstanceOf(X12ValidationException.class)
        .hasMessageContaining(
            "lines[0].unit 'XYZ' has no X12 unit code (mappings/x12/unit-codes.csv)");
  }

  @Test
  void theEnvelopeRefusesIdsIsaCannotCarry() {
    assertThatThrownBy(
            () ->
                X12Envelope.of(
                    "ZZ", "A-SENDER-ID-TOO-LONG", "ZZ", "B", "A", "B", 1, 1, LocalDateTime.now()))
        .hasMessage("ISA06 sender id 'A-SENDER-ID-TOO-LONG' is not 1 to 15 characters");
    assertThatThrownBy(
            () -> X12Envelope.of("Z", "A", "ZZ", "B", "A", "B", 1, 1, LocalDateTime.now()))
        .hasMessage("ISA sender qualifier 'Z' is not 2 characters");
    assertThatThrownBy(
            () ->
                X12Envelope.of(
                    "ZZ", "A", "ZZ", "B", "A", "B", 1_000_000_000L, 1, LocalDateTime.now()))
        .hasMessage("ISA13 interchange control number 1000000000 is not 1 to 999999999");
  }

  @Test
  void theCanonicalInvoiceJsonNamesWhatIsMissing() {
    assertThatThrownBy(
            () -> InvoiceJson.read(new ByteArrayInputStream("{\"number\":\"1\"}".getBytes())))
        .hasMessage("$.issueDate: required");
    assertThatThrownBy(
            () ->
                InvoiceJson.read(
                    new ByteArrayInputStream(
                        "{\"number\":\"1\",\"issueDate\":\"2026-11-23\",\"currency\":\"EUR\",\"seller\":{\"name\":\"S\"},\"buyer\":{\"name\":\"B\"},\"lines\":[{\"id\":\"1\",\"description\":\"d\",\"quantity\":\"1\",\"unit\":\"EA\",\"unitPrice\":\"12,50\",\"taxCategory\":\"S\",\"taxRate\":\"19\"}],\"totals\":{}}"
                            .getBytes())))
        .hasMessage("$.lines[0].unitPrice: '12,50' is not a decimal number");
  }

  @Test
  void theCanonicalInvoiceJsonRoundTrips() throws Exception {
    Invoice invoice = standard();
    ByteArrayOutputStream json = new ByteArrayOutputStream();

    InvoiceJson.write(invoice, json);

    assertThat(InvoiceJson.read(new ByteArrayInputStream(json.toByteArray()))).isEqualTo(invoice);
  }

  static void assertSameInvoice(Invoice read, Invoice written) {
    assertThat(read.number()).isEqualTo(written.number());
    assertThat(read.type()).isEqualTo(written.type());
    assertThat(read.issueDate()).isEqualTo(written.issueDate());
    assertThat(read.dueDate()).isEqualTo(written.dueDate());
    assertThat(read.currency()).isEqualTo(written.currency());
    assertThat(read.terms()).isEqualTo(written.terms());
    assertThat(read.buyerReference()).isEqualTo(written.buyerReference());
    assertThat(read.seller()).isEqualTo(written.seller());
    assertThat(read.buyer()).isEqualTo(written.buyer());
    assertThat(read.lines()).hasSameSizeAs(written.lines());
    for (int i = 0; i < written.lines().size(); i++) {
      Invoice.Line r = read.lines().get(i);
      Invoice.Line w = written.lines().get(i);
      assertThat(r.id()).isEqualTo(w.id());
      assertThat(r.description()).isEqualTo(w.description());
      assertThat(r.quantity()).isEqualByComparingTo(w.quantity());
      assertThat(r.unit()).isEqualTo(X12UnitCodes.standard().x12(w.unit()).orElseThrow());
      assertThat(r.unitPrice()).isEqualByComparingTo(w.unitPrice());
      assertThat(r.taxCategory()).isEqualTo(w.taxCategory());
      assertThat(r.taxRate()).isEqualByComparingTo(w.taxRate());
    }
    assertAllowanceCharges(read.allowances(), written.allowances());
    assertAllowanceCharges(read.charges(), written.charges());
    assertThat(read.totals().net()).isEqualByComparingTo(written.totals().net());
    assertThat(read.totals().tax()).isEqualByComparingTo(written.totals().tax());
    assertThat(read.totals().gross()).isEqualByComparingTo(written.totals().gross());
    assertThat(read.totals().payable()).isEqualByComparingTo(written.totals().payable());
  }

  private static void assertAllowanceCharges(
      List<Invoice.AllowanceCharge> read, List<Invoice.AllowanceCharge> written) {
    assertThat(read).hasSameSizeAs(written);
    for (int i = 0; i < written.size(); i++) {
      assertThat(read.get(i).amount()).isEqualByComparingTo(written.get(i).amount());
      assertThat(read.get(i).reason()).isEqualTo(written.get(i).reason());
      assertThat(read.get(i).reasonCode()).isEqualTo(written.get(i).reasonCode());
      assertThat(read.get(i).taxCategory()).isEqualTo(written.get(i).taxCategory());
      assertThat(read.get(i).taxRate().map(BigDecimal::stripTrailingZeros))
          .isEqualTo(written.get(i).taxRate().map(BigDecimal::stripTrailingZeros));
    }
  }
}
