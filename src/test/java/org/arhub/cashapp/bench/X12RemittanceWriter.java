package org.arhub.cashapp.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.arhub.cashapp.bench.LabelledPayment.Advice;
import org.arhub.cashapp.bench.LabelledPayment.AdviceLine;

/**
 * Writes 820 remittance advices as one X12 004010 interchange with one functional group (RA) and
 * one transaction set per payment: BPR (the payment), TRN (TRN02 = the trace its bank payment
 * carries), CUR for non-dollar payments, N1 payer and payee, then an ENT with one RMR per invoice
 * (paid, invoiced) and an ADX for a deduction with its reason code.
 */
final class X12RemittanceWriter {
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private X12RemittanceWriter() {}

  static void write(Path file, int control, LocalDate day, List<Advice> advices)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write(
          String.format(
              "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*0700*U*00401*%09d*0*P*>~%n",
              "REMITVAN", "ARHUB", YYMMDD.format(day), control));
      out.write(
          "GS*RA*REMITVAN*ARHUB*" + CCYYMMDD.format(day) + "*0700*" + control + "*X*004010~\n");
      int set = 0;
      for (Advice advice : advices) {
        set++;
        List<String> segments = transactionSet(advice, day, String.format("%04d", set));
        for (String segment : segments) {
          out.write(segment);
          out.write("~\n");
        }
      }
      out.write("GE*" + advices.size() + "*" + control + "~\n");
      out.write(String.format("IEA*1*%09d~%n", control));
    }
  }

  private static List<String> transactionSet(Advice advice, LocalDate day, String control) {
    BigDecimal total =
        advice.lines().stream().map(AdviceLine::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean dollars = advice.currency().equals("USD");
    List<String> s = new ArrayList<>();
    s.add("ST*820*" + control);
    s.add(
        "BPR*C*"
            + total.toPlainString()
            + "*C*"
            + (dollars ? "ACH*CTX" : "FWT*")
            + "*01*021000021*DA*123456789*1234567890**01*031000053*DA*987654321*"
            + CCYYMMDD.format(day));
    s.add("TRN*1*" + advice.trace() + "*1234567890");
    if (!dollars) {
      s.add("CUR*PR*" + advice.currency());
    }
    s.add("N1*PR*" + x12(advice.payerName()));
    s.add("N1*PE*ARHUB SUPPLIES*92*V-1001");
    s.add("ENT*1");
    for (AdviceLine line : advice.lines()) {
      s.add(
          "RMR*IV*"
              + line.invoice()
              + "*PI*"
              + line.paid().toPlainString()
              + "*"
              + line.invoiced().toPlainString());
      if (line.deduction().isPresent()) {
        s.add("ADX*-" + line.deduction().get().toPlainString() + "*" + line.reason().orElseThrow());
      }
    }
    s.add("SE*" + (s.size() + 1) + "*" + control);
    return s;
  }

  /** A name without the X12 separators (* ~ >) it cannot carry. */
  private static String x12(String name) {
    return name.replaceAll("[*~>^|]", " ");
  }
}
