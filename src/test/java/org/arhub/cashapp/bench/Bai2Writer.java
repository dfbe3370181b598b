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
import java.util.Locale;

/**
 * Writes labelled payments as a BAI2 file of the hub's dollar account: one 16 per payment, its bank
 * reference the payment id and its customer reference the trace, its text the kind of credit, the
 * originator and the payer's remittance (88 records continue it). Control totals and record counts
 * (49, 98, 99) are those BAI2 §4 requires, so the hub's reader accepts the file.
 */
final class Bai2Writer {
  static final String ACCOUNT = "4459218830";
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  private Bai2Writer() {}

  static void write(Path file, int fileNumber, LocalDate day, List<LabelledPayment> payments)
      throws IOException {
    long opening = 50_000_000L;
    List<String> details = new ArrayList<>();
    long credits = 0;
    for (LabelledPayment p : payments) {
      long cents = cents(p.amount());
      credits += cents;
      details.addAll(detail(p, cents));
    }
    long closing = opening + credits;
    List<String> records = new ArrayList<>();
    String asOf = YYMMDD.format(day);
    records.add(
        "01,USBANKCO,ARHUB," + YYMMDD.format(day.plusDays(1)) + ",0600," + fileNumber + ",,,2/");
    records.add("02,ARHUB,121000248,1," + asOf + ",2400,USD,2/");
    records.add("03," + ACCOUNT + ",USD,010," + opening + ",,,015," + closing + ",,/");
    records.addAll(details);
    long accountTotal = opening + closing + credits;
    int accountRecords = 1 + details.size() + 1;
    records.add("49," + accountTotal + "," + accountRecords + "/");
    records.add("98," + accountTotal + ",1," + (accountRecords + 2) + "/");
    records.add("99," + accountTotal + ",1," + (accountRecords + 4) + "/");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      for (String record : records) {
        out.write(record);
        out.write("\r\n");
      }
    }
  }

  /** The 16 and its 88s: wires (195) and ACH credits (165 with a CTX trace, else 142). */
  private static List<String> detail(LabelledPayment p, long cents) {
    boolean wire =
        p.complication() == Complication.BANK_CHARGES
            || p.trace().isEmpty() && Math.floorMod(p.id().hashCode(), 3) == 0;
    String code = wire ? "195" : p.trace().isPresent() ? "165" : "142";
    List<String> text = new ArrayList<>();
    text.add(wire ? "INCOMING WIRE" : p.trace().isPresent() ? "ACH CREDIT CTX" : "ACH CREDIT CCD");
    p.payer().name().ifPresent(name -> text.add((wire ? "ORG " : "ORIG CO NAME ") + name));
    for (String line : p.text()) {
      text.add((wire ? "OBI " : "PMT INFO ") + line);
    }
    for (LabelledPayment.Document d : p.documents()) {
      text.add((wire ? "OBI " : "PMT INFO ") + d.reference());
    }
    List<String> records = new ArrayList<>();
    records.add(
        "16,"
            + code
            + ","
            + cents
            + ",0,"
            + p.id()
            + ","
            + p.trace().orElse("")
            + ","
            + clean(text.get(0))
            + "/");
    for (String line : text.subList(1, text.size())) {
      records.add("88," + clean(line) + "/");
    }
    return records;
  }

  /**
   * Text as BAI2 carries it: upper case ASCII, no comma (a field separator) and no "/" before a
   * blank (a record end).
   */
  private static String clean(String text) {
    String upper = text.toUpperCase(Locale.ROOT).replace(',', ' ').replaceAll("/(?=\\s|$)", " ");
    StringBuilder ascii = new StringBuilder(upper.length());
    for (char c : upper.toCharArray()) {
      ascii.append(c < 0x20 || c > 0x7e ? ' ' : c);
    }
    return ascii.toString().trim();
  }

  private static long cents(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }
}
