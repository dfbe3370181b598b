package org.arhub.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.arhub.delivery.InvoiceRenderer;
import org.arhub.formats.cii.CiiProfile;
import org.arhub.formats.x12.X12Envelope;
import org.arhub.formats.x12.X12InvoiceWriter;
import org.arhub.formats.x12.X12ValidationException;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;

/**
 * {@code render --format ubl|cii|facturx|pdf|x12-810 --in INVOICE.json --out FILE}: renders one
 * canonical invoice.
 *
 * <ul>
 *   <li>ubl: Peppol BIS Billing 3.0 UBL Invoice / CreditNote; cii: CII D16B per EN 16931, or with
 *       {@code --profile xrechnung} XRechnung 3.0. Both are validated with the official rules
 *       before they are written: a rendering that fails a fatal rule is not written (exit 1, the
 *       rule ids on stderr).
 *   <li>x12-810 {@code [--sender QQ:ID] [--receiver QQ:ID] [--control N]}: offline, the control
 *       number is given (default 1); the hub takes it from the partner's sequence.
 * </ul>
 *
 * Factur-X and PDF come with the PDF rendering.
 */
final class RenderCommand implements Commands.Command {
  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        err.println("arhub render: unexpected argument '" + args[i] + "'\n" + Commands.usage());
        return Commands.USAGE;
      }
      options.put(args[i].substring(2), args[++i]);
    }
    String format = options.get("format");
    if (options.get("in") == null || options.get("out") == null || format == null) {
      err.println("arhub render: --format, --in and --out are required\n" + Commands.usage());
      return Commands.USAGE;
    }
    if (!format.equals("x12-810") && !InvoiceRenderer.FORMATS.contains(format)) {
      err.println(
          "arhub render: format '"
              + format
              + "' is not available in this version (available: ubl, cii, facturx, pdf, x12-810)");
      return Commands.USAGE;
    }
    Optional<CiiProfile> profile = profile(options.getOrDefault("profile", "en16931"));
    if (profile.isEmpty()) {
      err.println(
          "arhub render: --profile '" + options.get("profile") + "' is not en16931 or xrechnung");
      return Commands.USAGE;
    }
    Path in = Path.of(options.get("in"));
    Invoice invoice;
    try (InputStream json = Files.newInputStream(in)) {
      invoice = InvoiceJson.read(json);
    } catch (IOException | IllegalArgumentException e) {
      err.println(in + ": " + e.getMessage());
      return Commands.INVALID;
    }
    if (!format.equals("x12-810")) {
      return renderDocument(
          format,
          profile.get(),
          options.get("language"),
          invoice,
          in,
          Path.of(options.get("out")),
          err);
    }
    try {
      String[] sender = party(options.getOrDefault("sender", "ZZ:ARHUB"));
      String[] receiver =
          party(
              options.getOrDefault(
                  "receiver",
                  "ZZ:" + invoice.buyer().id().orElse("BUYER").toUpperCase(java.util.Locale.ROOT)));
      long control = Long.parseLong(options.getOrDefault("control", "1"));
      X12Envelope envelope =
          X12Envelope.of(
              sender[0],
              sender[1],
              receiver[0],
              receiver[1],
              sender[1],
              receiver[1],
              control,
              control,
              LocalDateTime.now());
      Files.write(Path.of(options.get("out")), new X12InvoiceWriter().write(invoice, envelope));
      return Commands.OK;
    } catch (X12ValidationException e) {
      err.println(in + ": the 810 does not validate: " + e.getMessage());
      return Commands.INVALID;
    } catch (IllegalArgumentException e) {
      err.println("arhub render: " + e.getMessage());
      return Commands.USAGE;
    } catch (IOException e) {
      err.println(options.get("out") + ": cannot be written: " + e.getMessage());
      return Commands.INVALID;
    }
  }

  private static Optional<CiiProfile> profile(String name) {
    return switch (name) {
      case "en16931" -> Optional.of(CiiProfile.EN16931);
      case "xrechnung" -> Optional.of(CiiProfile.XRECHNUNG);
      default -> Optional.empty();
    };
  }

  /** Renders, validates e-invoices with the official rules, and writes only what passes. */
  private static int renderDocument(
      String format,
      CiiProfile profile,
      String language,
      Invoice invoice,
      Path in,
      Path out,
      PrintStream err) {
    ValidateCommand.quietRuleEngineLogs();
    InvoiceRenderer.Rendering rendering;
    try {
      rendering = InvoiceRenderer.standard().render(invoice, format, profile, language);
    } catch (InvoiceRenderer.Refused e) {
      err.println(
          in
              + ": invoice "
              + invoice.number()
              + ": the "
              + format
              + " rendering is refused and not written:");
      e.problems().forEach(problem -> err.println("  " + problem));
      return Commands.INVALID;
    }
    try {
      Files.write(out, rendering.bytes());
    } catch (IOException e) {
      err.println(out + ": cannot be written: " + e.getMessage());
      return Commands.INVALID;
    }
    return Commands.OK;
  }

  private static String[] party(String qualifierAndId) {
    String[] parts = qualifierAndId.split(":", 2);
    if (parts.length != 2
        || parts[0].length() != 2
        || parts[1].isEmpty()
        || parts[1].length() > 15) {
      throw new IllegalArgumentException(
          "'" + qualifierAndId + "' is not QQ:ID (2-character qualifier, id up to 15)");
    }
    return parts;
  }
}
