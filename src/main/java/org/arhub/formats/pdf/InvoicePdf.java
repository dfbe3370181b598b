package org.arhub.formats.pdf;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.arhub.model.Invoice;

/**
 * The readable invoice: the canonical invoice rendered as a PDF/A-3b through the HTML template in
 * mappings/invoice/templates (openhtmltopdf on PDFBox). PDF/A-3 because it is what Factur-X/ZUGFeRD
 * embeds its XML into ({@code org.arhub.formats.facturx.FacturX}); it needs every font embedded
 * (DejaVu Sans ships in fonts/) and an sRGB output intent (the JDK's own profile).
 *
 * <p>Thread-safe: templates, labels and fonts are read once; each call renders on its own.
 */
public final class InvoicePdf {
  static final String FONT_FAMILY = "DejaVu Sans";

  private static final byte[] REGULAR = resource("fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = resource("fonts/DejaVuSans-Bold.ttf");
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /**
   * The fonts' metrics, kept across renderings (thread-safe): without it openhtmltopdf reads them
   * from the TTF again for every invoice.
   */
  private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

  private final InvoiceTemplates templates;

  /** The shipped template and labels (en, de, fr). */
  public InvoicePdf() {
    this(InvoiceTemplates.shipped());
  }

  private InvoicePdf(InvoiceTemplates templates) {
    this.templates = templates;
  }

  /**
   * An operator's own template: {@code folder/templates/invoice.html} with {@code
   * folder/labels_<language>.properties}. Checked at once: a label the template uses but a labels
   * file lacks is an {@link InvoiceTemplateException} naming both.
   */
  public static InvoicePdf fromFolder(Path folder) throws IOException {
    return new InvoicePdf(InvoiceTemplates.folder(folder));
  }

  /** Renders in the buyer's language ({@link #languageFor}). */
  public byte[] render(Invoice invoice) {
    return render(invoice, languageFor(invoice));
  }

  /**
   * Renders in {@code language} (ISO 639-1: "en", "de", "fr"; another falls back to English).
   *
   * @throws IllegalArgumentException the invoice cannot be printed as it is: an unknown type, an
   *     amount with more decimals than its currency, totals its lines do not add up to (the message
   *     names the invoice and the JSON field)
   * @throws InvoiceTemplateException the template is broken
   */
  public byte[] render(Invoice invoice, String language) {
    InvoiceLabels labels = templates.labels(language);
    Map<String, Object> view = InvoiceView.of(invoice, labels);
    String html = templates.template().render(view);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfAConformance(PdfAConformance.PDFA_3_B);
    builder.useColorProfile(SRGB);
    builder.useCacheStore(CacheStore.PDF_FONT_METRICS, FONT_METRICS);
    builder.useFont(
        () -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    // Nothing outside the template may be fetched: no images, style sheets or fonts from a URL.
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.withProducer("arhub");
    builder.withHtmlContent(html, null);
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(invoice.number() + ": rendering the PDF failed", e);
    }
    return pdf.toByteArray();
  }

  /**
   * The language a buyer reads: German for DE and AT, French for FR and MC, else English. A
   * partner's own choice belongs in its partner file; this is the default.
   */
  public static String languageFor(Invoice invoice) {
    String country = invoice.buyer().address().country().orElse("").toUpperCase(Locale.ROOT);
    return switch (country) {
      case "DE", "AT" -> "de";
      case "FR", "MC" -> "fr";
      default -> "en";
    };
  }

  private static byte[] resource(String name) {
    try (InputStream in = InvoicePdf.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + ": not on the classpath (the invoice PDF font)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }
}
