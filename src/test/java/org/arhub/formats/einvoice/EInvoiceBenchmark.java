package org.arhub.formats.einvoice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.arhub.formats.cii.CiiInvoiceWriter;
import org.arhub.formats.cii.CiiProfile;
import org.arhub.formats.ubl.UblInvoiceWriter;
import org.arhub.model.Invoice;

/**
 * Render + validate throughput for UBL (EN 16931 + Peppol) and CII (EN 16931), one thread, over the
 * golden invoices: a warm-up (which also compiles the Schematron XSLTs), then the median of five
 * timed runs. Run with {@code ./mvnw -B test-compile exec:java} or from the IDE: {@code java -cp
 * target/test-classes:target/classes:... org.arhub.formats.einvoice.EInvoiceBenchmark [invoices per
 * run]}.
 */
public final class EInvoiceBenchmark {
  private EInvoiceBenchmark() {}

  public static void main(String[] args) throws IOException {
    int perRun = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    if (org.slf4j.LoggerFactory.getLogger("com.helger")
        instanceof ch.qos.logback.classic.Logger logger) {
      logger.setLevel(ch.qos.logback.classic.Level.WARN);
    }
    List<Invoice> invoices = new ArrayList<>();
    for (String name : EInvoiceGoldenFileTest.invoices().toList()) {
      invoices.add(EInvoiceGoldenFileTest.read(name));
    }
    EInvoiceValidator validator = EInvoiceValidator.shared();
    UblInvoiceWriter ubl = new UblInvoiceWriter();
    CiiInvoiceWriter cii = new CiiInvoiceWriter();
    report("UBL", invoices, perRun, validator, ubl::write);
    report("CII", invoices, perRun, validator, i -> cii.write(i, CiiProfile.EN16931));
    report("UBL render only", invoices, perRun * 20, null, ubl::write);
  }

  private static void report(
      String what,
      List<Invoice> invoices,
      int perRun,
      EInvoiceValidator validator,
      Function<Invoice, byte[]> render) {
    run(invoices, perRun, validator, render); // warm-up
    double[] rates = new double[5];
    for (int r = 0; r < rates.length; r++) {
      rates[r] = run(invoices, perRun, validator, render);
    }
    Arrays.sort(rates);
    System.out.printf(
        "%-16s median %7.1f invoices/s (runs %s)%n", what, rates[2], Arrays.toString(rates));
  }

  private static double run(
      List<Invoice> invoices,
      int count,
      EInvoiceValidator validator,
      Function<Invoice, byte[]> render) {
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      byte[] document = render.apply(invoices.get(i % invoices.size()));
      if (validator != null && validator.validate("bench", document).hasFatal()) {
        throw new IllegalStateException("a golden invoice failed validation");
      }
    }
    return Math.round(count / ((System.nanoTime() - start) / 1e9) * 10) / 10.0;
  }
}
