package org.arhub.formats.facturx;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.arhub.formats.pdf.InvoicePdf;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;

/**
 * Throughput of the readable invoice PDF ({@link InvoicePdf}) and of Factur-X on top of it ({@link
 * FacturX#embed}): not a timed unit test, run by hand. One thread renders the GBP fixture (two
 * lines) and embeds its CII, 5 rounds of warm-up and 7 measured rounds of N invoices each; it
 * prints each round and the median. The machine is shared: read the median, not the best round.
 *
 * <pre>
 * ./mvnw -B -o test-compile
 * ./mvnw -B -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     org.arhub.formats.facturx.InvoiceDocumentBenchmark [N, default 200]
 * </pre>
 */
public final class InvoiceDocumentBenchmark {
  private InvoiceDocumentBenchmark() {}

  public static void main(String[] args) throws Exception {
    int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path fixtures = Path.of("src", "test", "resources");
    Invoice invoice;
    try (InputStream in = Files.newInputStream(fixtures.resolve("pdf/invoice-en-gbp.json"))) {
      invoice = InvoiceJson.read(in);
    }
    byte[] cii = Files.readAllBytes(fixtures.resolve("facturx/invoice-en-gbp.cii.xml"));
    InvoicePdf pdf = new InvoicePdf();
    byte[] readable = pdf.render(invoice);

    double render = measure("PDF/A-3b render", perRound, () -> pdf.render(invoice));
    double embed =
        measure("Factur-X embed (PDF given)", perRound, () -> FacturX.embed(readable, cii));
    double both =
        measure(
            "PDF render + Factur-X embed", perRound, () -> FacturX.embed(pdf.render(invoice), cii));
    System.out.printf(
        Locale.ROOT,
        "median invoices/s: PDF %.1f, Factur-X embed %.1f, PDF + Factur-X %.1f (1 thread; %d bytes"
            + " PDF, %d bytes Factur-X)%n",
        render,
        embed,
        both,
        readable.length,
        FacturX.embed(readable, cii).length);
  }

  private interface Work {
    byte[] run() throws Exception;
  }

  private static double measure(String what, int perRound, Work work) throws Exception {
    double[] rates = new double[7];
    for (int round = -5; round < rates.length; round++) {
      long started = System.nanoTime();
      long bytes = 0;
      for (int i = 0; i < perRound; i++) {
        bytes += work.run().length;
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      double rate = perRound / seconds;
      System.out.printf(
          Locale.ROOT,
          "%s %s %d: %.2f s, %.1f invoices/s (%,d bytes)%n",
          what,
          round < 0 ? "warm-up " : "measured",
          round < 0 ? round + 6 : round + 1,
          seconds,
          rate,
          bytes);
      if (round >= 0) {
        rates[round] = rate;
      }
    }
    Arrays.sort(rates);
    return rates[rates.length / 2];
  }
}
