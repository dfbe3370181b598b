package org.arhub.delivery;

import java.util.List;
import java.util.Set;
import org.arhub.formats.cii.CiiInvoiceWriter;
import org.arhub.formats.cii.CiiProfile;
import org.arhub.formats.einvoice.EInvoiceValidator;
import org.arhub.formats.einvoice.InvalidInvoiceException;
import org.arhub.formats.einvoice.ValidationReport;
import org.arhub.formats.facturx.FacturX;
import org.arhub.formats.pdf.InvoicePdf;
import org.arhub.formats.pdf.InvoiceTemplateException;
import org.arhub.formats.ubl.UblInvoiceWriter;
import org.arhub.model.Invoice;

/**
 * One canonical invoice as the document a customer receives: UBL (Peppol BIS 3), CII, Factur-X (the
 * readable PDF/A-3 with the CII inside) or the readable PDF. Every e-invoice is checked with the
 * official rules before it is handed out; one that fails is refused with the rule ids, never
 * returned as if good. Thread-safe.
 */
public final class InvoiceRenderer {
  public static final Set<String> FORMATS = Set.of("ubl", "cii", "facturx", "pdf");
  private final InvoicePdf pdf;
  private final EInvoiceValidator validator;

  public InvoiceRenderer(InvoicePdf pdf, EInvoiceValidator validator) {
    this.pdf = pdf;
    this.validator = validator;
  }

  public static InvoiceRenderer standard() {
    return new InvoiceRenderer(new InvoicePdf(), EInvoiceValidator.shared());
  }

  /** A document ready to send: its file name, media type and bytes. */
  public record Rendering(String format, String fileName, String mediaType, byte[] bytes) {}

  /** Why an invoice cannot be rendered in a format: each problem or failed rule, one per line. */
  public static final class Refused extends Exception {
    private final List<String> problems;

    public Refused(String invoice, String format, List<String> problems) {
      super(
          "invoice "
              + invoice
              + ": the "
              + format
              + " rendering is refused: "
              + String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  public Rendering render(Invoice invoice, String format, CiiProfile profile, String language)
      throws Refused {
    String base = invoice.number().replaceAll("[^A-Za-z0-9._-]", "_");
    try {
      return switch (format) {
        case "ubl" ->
            new Rendering(
                format,
                base + ".xml",
                "application/xml",
                checked(invoice, format, new UblInvoiceWriter().write(invoice)));
        case "cii" ->
            new Rendering(
                format,
                base + ".cii.xml",
                "application/xml",
                checked(invoice, format, new CiiInvoiceWriter().write(invoice, profile)));
        case "facturx" -> {
          byte[] cii =
              checked(invoice, format, new CiiInvoiceWriter().write(invoice, CiiProfile.EN16931));
          yield new Rendering(
              format,
              base + ".pdf",
              "application/pdf",
              FacturX.embed(pdf.render(invoice, language(invoice, language)), cii));
        }
        case "pdf" ->
            new Rendering(
                format,
                base + ".pdf",
                "application/pdf",
                pdf.render(invoice, language(invoice, language)));
        default ->
            throw new Refused(
                invoice.number(),
                format,
                List.of("unknown format (known: " + FORMATS.stream().sorted().toList() + ")"));
      };
    } catch (InvalidInvoiceException e) {
      throw new Refused(invoice.number(), format, e.problems());
    } catch (InvoiceTemplateException | IllegalArgumentException e) {
      throw new Refused(invoice.number(), format, List.of(e.getMessage()));
    }
  }

  private static String language(Invoice invoice, String language) {
    return language != null ? language : InvoicePdf.languageFor(invoice);
  }

  private byte[] checked(Invoice invoice, String format, byte[] document) throws Refused {
    ValidationReport report = validator.validate(invoice.number() + "." + format, document);
    if (report.hasFatal()) {
      throw new Refused(
          invoice.number(), format, report.fatal().stream().map(f -> f.describe()).toList());
    }
    return document;
  }
}
