package org.arhub.formats.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arhub.cli.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --format ubl|cii} and {@code validate} as a user runs them. */
class EInvoiceCommandsTest {
  private static final Path GOLDEN = EInvoiceGoldenFileTest.FOLDER;
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Commands.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rendersUblAndCiiAsTheGoldenFiles() throws Exception {
    Path ubl = dir.resolve("inv.xml");
    assertThat(
            run("render", "--format", "ubl", "--in", json("credit-note"), "--out", ubl.toString()))
        .as(err())
        .isZero();
    assertThat(Files.readString(ubl))
        .isEqualTo(Files.readString(GOLDEN.resolve("credit-note.ubl.xml")));
    Path cii = dir.resolve("inv.cii.xml");
    assertThat(run("render", "--format", "cii", "--in", json("jpy"), "--out", cii.toString()))
        .isZero();
    assertThat(Files.readString(cii)).isEqualTo(Files.readString(GOLDEN.resolve("jpy.cii.xml")));
  }

  @Test
  void rendersXRechnung() throws Exception {
    Path cii = dir.resolve("xr.xml");
    assertThat(
            run(
                "render",
                "--format",
                "cii",
                "--profile",
                "xrechnung",
                "--in",
                json("multi-line"),
                "--out",
                cii.toString()))
        .as(err())
        .isZero();
    assertThat(Files.readString(cii))
        .contains("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0");
    assertThat(run("validate", cii.toString())).isZero();
    assertThat(out()).contains("note: XRechnung CIUS rules (BR-DE-*) not checked");
  }

  @Test
  void aRenderingThatFailsAFatalRuleIsNotWritten() throws Exception {
    // Valid EN 16931, but Peppol BIS 3 needs a buyer reference or order reference (R003).
    String invoice =
        Files.readString(GOLDEN.resolve("multi-rate.json"))
            .replace("\"buyerReference\": \"PO-4712\",", "");
    Path in = Files.writeString(dir.resolve("no-ref.json"), invoice);
    Path target = dir.resolve("no-ref.xml");
    assertThat(run("render", "--format", "ubl", "--in", in.toString(), "--out", target.toString()))
        .isEqualTo(1);
    assertThat(err())
        .contains("the ubl rendering is refused and not written")
        .contains("FATAL PEPPOL-EN16931-R003");
    assertThat(target).doesNotExist();
  }

  @Test
  void totalsThatDoNotAddUpAreRefusedWithTheFigure() throws Exception {
    String invoice =
        Files.readString(GOLDEN.resolve("usd.json")).replace("\"1805.53\"", "\"1805.54\"");
    Path in = Files.writeString(dir.resolve("bad.json"), invoice);
    Path target = dir.resolve("bad.xml");
    assertThat(run("render", "--format", "cii", "--in", in.toString(), "--out", target.toString()))
        .isEqualTo(1);
    assertThat(err())
        .contains(
            in
                + ": invoice INV-2026-000103: the cii rendering is refused and not written:\n"
                + "  totals.gross is 1805.54 but the invoice adds up to 1805.53 USD");
    assertThat(target).doesNotExist();
  }

  @Test
  void xRechnungWithoutBuyerReferenceIsRefused() throws Exception {
    String invoice =
        Files.readString(GOLDEN.resolve("multi-line.json"))
            .replace("\"buyerReference\": \"PO-4711\",", "");
    Path in = Files.writeString(dir.resolve("xr.json"), invoice);
    assertThat(
            run(
                "render",
                "--format",
                "cii",
                "--profile",
                "xrechnung",
                "--in",
                in.toString(),
                "--out",
                dir.resolve("xr.xml").toString()))
        .isEqualTo(1);
    assertThat(err()).contains("buyerReference: XRechnung requires it (BR-DE-15)");
  }

  @Test
  void facturXAndPdfRenderAndTheFacturXValidatesAndX12StillRenders() throws Exception {
    Path facturx = dir.resolve("usd.pdf");
    assertThat(
            run("render", "--format", "facturx", "--in", json("usd"), "--out", facturx.toString()))
        .as(err())
        .isZero();
    assertThat(Files.readString(facturx, java.nio.charset.StandardCharsets.ISO_8859_1))
        .startsWith("%PDF-");
    assertThat(run("validate", facturx.toString())).as(out() + err()).isZero();
    Path pdf = dir.resolve("usd-readable.pdf");
    assertThat(run("render", "--format", "pdf", "--in", json("usd"), "--out", pdf.toString()))
        .as(err())
        .isZero();
    // a readable PDF without embedded invoice is no e-invoice
    assertThat(run("validate", pdf.toString())).isEqualTo(1);
    assertThat(run("render", "--format", "odt", "--in", json("usd"), "--out", pdf.toString()))
        .isEqualTo(2);
    assertThat(err()).contains("is not available in this version");
    Path edi = dir.resolve("inv.edi");
    assertThat(run("render", "--format", "x12-810", "--in", json("usd"), "--out", edi.toString()))
        .as(err())
        .isZero();
    assertThat(Files.readString(edi)).startsWith("ISA*");
  }

  @Test
  void validateExitsZeroForAValidFileAndOneOnAFatalRule() throws Exception {
    assertThat(run("validate", GOLDEN.resolve("discount-terms.ubl.xml").toString())).isZero();
    assertThat(out()).contains("OpenPeppol UBL Invoice").contains("valid (0 warnings");
    String broken =
        Files.readString(GOLDEN.resolve("discount-terms.cii.xml"))
            .replace("<ram:DuePayableAmount>415.28", "<ram:DuePayableAmount>415.29");
    Path file = Files.writeString(dir.resolve("broken.xml"), broken);
    out.reset();
    assertThat(run("validate", file.toString())).isEqualTo(1);
    assertThat(out()).contains("FATAL BR-CO-16").contains("INVALID: 1 fatal");
  }

  @Test
  void validateReportsAnUnreadablePdfAndUsageErrorsExitTwo() throws Exception {
    Path pdf = Files.write(dir.resolve("a.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(run("validate", pdf.toString())).isEqualTo(1);
    assertThat(out()).contains("not a readable PDF");
    assertThat(run("validate")).isEqualTo(2);
    assertThat(run("validate", "a", "b")).isEqualTo(2);
    assertThat(run("validate", dir.resolve("missing.xml").toString())).isEqualTo(1);
  }

  private static String json(String name) {
    return GOLDEN.resolve(name + ".json").toString();
  }
}
