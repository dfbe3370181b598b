package org.arhub.cashapp.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arhub.cashapp.bench.LabelledPayment.Document;

/**
 * Writes labelled checks as a BAI lockbox transmission in the standard 80-column layout
 * (mappings/lockbox/bai-standard.yaml): record 1 and 2, then per batch a 5, per check a 6 (MICR
 * routing and account, check number, remitter name) with a 4 overflow record per invoice, a 7 batch
 * total; an 8 closes the lockbox and a 9 counts the records. The payment id {@code
 * <lockbox>-<batch>-<item>} is already decided by {@link PaymentIds}; one file is one lockbox.
 */
final class LockboxWriter {
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

  private LockboxWriter() {}

  static void write(Path file, int fileIndex, LocalDate day, List<LabelledPayment> checks)
      throws IOException {
    Map<String, List<LabelledPayment>> batches = new LinkedHashMap<>();
    String lockbox = null;
    for (LabelledPayment check : checks) {
      String[] id = check.id().split("-");
      lockbox = id[0];
      batches.computeIfAbsent(id[1], b -> new ArrayList<>()).add(check);
    }
    String date = YYMMDD.format(day);
    LocalDateTime sent = day.plusDays(1).atTime(6, 0).plusMinutes(fileIndex);
    List<String> records = new ArrayList<>();
    records.add("100ARHUBDEMO USBANKCO  " + YYMMDD.format(sent) + HHMM.format(sent));
    records.add("2ARHUBDEMO USBANKCO  LBX" + pad(lockbox.substring(3), 7) + "40008008001");
    BigDecimal lockboxTotal = BigDecimal.ZERO;
    for (Map.Entry<String, List<LabelledPayment>> batch : batches.entrySet()) {
      String number = batch.getKey();
      records.add("5" + number + "000" + lockbox + date + "ARHUBDEMO USBANKCO  ");
      BigDecimal batchTotal = BigDecimal.ZERO;
      for (LabelledPayment check : batch.getValue()) {
        records.addAll(check(check, number));
        batchTotal = batchTotal.add(check.amount());
      }
      records.add(
          "7"
              + number
              + "000"
              + lockbox
              + date
              + String.format("%03d", batch.getValue().size())
              + digits(batchTotal));
      lockboxTotal = lockboxTotal.add(batchTotal);
    }
    records.add(
        "8"
            + String.format("%03d", batches.size())
            + "000"
            + lockbox
            + date
            + String.format("%04d", checks.size())
            + digits(lockboxTotal));
    records.add("9" + String.format("%06d", records.size() + 1));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      for (String record : records) {
        out.write(pad(record, 80));
        out.write("\r\n");
      }
    }
  }

  private static List<String> check(LabelledPayment check, String batch) {
    String item = check.id().split("-")[2];
    List<String> records = new ArrayList<>();
    String checkNumber = String.format("%010d", 1000 + Math.floorMod(check.id().hashCode(), 90000));
    records.add(
        "6"
            + batch
            + item
            + digits(check.amount())
            + pad(check.payer().bankId().orElse(""), 9)
            + pad(check.payer().account().orElse(""), 10)
            + checkNumber
            + pad(ascii(check.payer().name().orElse("")), 30));
    List<Document> documents = check.documents();
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      records.add(
          "4"
              + batch
              + item
              + "6"
              + String.format("%02d", i + 1)
              + (i == documents.size() - 1 ? "9" : "0")
              + pad(d.reference(), 15)
              + d.paid().map(LockboxWriter::digits).orElse(""));
    }
    return records;
  }

  private static String digits(BigDecimal amount) {
    return String.format("%010d", amount.movePointRight(2).longValueExact());
  }

  private static String pad(String text, int width) {
    String cut = text.length() > width ? text.substring(0, width) : text;
    return cut + " ".repeat(width - cut.length());
  }

  private static String ascii(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      s.append(c < 0x20 || c > 0x7e ? ' ' : c);
    }
    return s.toString();
  }
}
