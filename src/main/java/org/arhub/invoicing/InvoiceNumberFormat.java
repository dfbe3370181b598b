package org.arhub.invoicing;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the hub writes its invoice numbers, e.g. {@code INV-{yyyy}-{seq:6}} → "INV-2026-000123".
 * {@code {yyyy}} and {@code {yy}} are the year of the issue date, {@code {seq}} or {@code {seq:N}}
 * the number within the series, zero-padded to N digits (never cut: the millionth invoice gets
 * seven). The series is the number without its sequence part ("INV-2026-"), so a series with a year
 * starts again at 1 each year, and numbers are gap-free within it.
 */
public record InvoiceNumberFormat(String pattern) {
  private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d{1,2}))?}");
  private static final Pattern TOKEN = Pattern.compile("\\{[^}]*}");
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9/._-]*");

  public InvoiceNumberFormat {
    Matcher seq = SEQ.matcher(pattern);
    if (!seq.find() || seq.find()) {
      throw new IllegalArgumentException(
          "'" + pattern + "' must contain {seq} or {seq:N} exactly once");
    }
    String rest = SEQ.matcher(pattern).replaceAll("");
    Matcher token = TOKEN.matcher(rest);
    while (token.find()) {
      if (!token.group().equals("{yyyy}") && !token.group().equals("{yy}")) {
        throw new IllegalArgumentException(
            "'" + pattern + "': unknown placeholder " + token.group() + " (known: yyyy, yy, seq)");
      }
    }
    if (!LITERAL.matcher(TOKEN.matcher(rest).replaceAll("")).matches()) {
      throw new IllegalArgumentException(
          "'" + pattern + "': use only letters, digits and - / . _ around the placeholders");
    }
  }

  /** The counter an invoice issued on this date takes its number from. */
  public String series(LocalDate issueDate) {
    return years(SEQ.matcher(pattern).replaceAll(""), issueDate);
  }

  public String number(LocalDate issueDate, long sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1: " + sequence);
    }
    Matcher seq = SEQ.matcher(pattern);
    seq.find();
    int width = seq.group(1) == null ? 1 : Integer.parseInt(seq.group(1));
    String digits = String.format("%0" + width + "d", sequence);
    return years(pattern.substring(0, seq.start()), issueDate)
        + digits
        + years(pattern.substring(seq.end()), issueDate);
  }

  private static String years(String text, LocalDate date) {
    return text.replace("{yyyy}", String.format("%04d", date.getYear()))
        .replace("{yy}", String.format("%02d", date.getYear() % 100));
  }
}
