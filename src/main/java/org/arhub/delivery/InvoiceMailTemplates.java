package org.arhub.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.arhub.model.Invoice;

/**
 * The subject and text of invoice mails, one {@code invoice_<language>.properties} per language in
 * {@code mappings/mail/}. Every file is checked when loaded: all four keys present, no placeholder
 * but the known ones; a customer whose language has no file gets English.
 */
public final class InvoiceMailTemplates {
  static final String FALLBACK = "en";
  private static final List<String> KEYS =
      List.of("subject", "body", "subject.credit_note", "body.credit_note");
  private static final Set<String> PLACEHOLDERS =
      Set.of("number", "issueDate", "dueDate", "amount", "seller", "buyer", "buyerReference");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Pattern FILE = Pattern.compile("invoice_([a-z]{2})\\.properties");

  private final Map<String, Properties> byLanguage;

  private InvoiceMailTemplates(Map<String, Properties> byLanguage) {
    this.byLanguage = byLanguage;
  }

  /** A subject and a body, ready to send. */
  public record Mail(String subject, String body) {}

  /** Languages looked for among the shipped templates on the classpath. */
  private static final List<String> SHIPPED_LANGUAGES =
      List.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "fi");

  /** The templates shipped in the jar ({@code mappings/mail/}). */
  public static InvoiceMailTemplates shipped() throws IOException {
    Map<String, Properties> byLanguage = new HashMap<>();
    for (String language : SHIPPED_LANGUAGES) {
      String name = "mappings/mail/invoice_" + language + ".properties";
      try (InputStream in = InvoiceMailTemplates.class.getResourceAsStream("/" + name)) {
        if (in != null) {
          byLanguage.put(language, read(name, new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
      }
    }
    if (!byLanguage.containsKey(FALLBACK)) {
      throw new IllegalArgumentException(
          "mappings/mail: no invoice_" + FALLBACK + ".properties on the classpath");
    }
    return new InvoiceMailTemplates(byLanguage);
  }

  /** Reads every template in the folder; a folder without English is refused. */
  public static InvoiceMailTemplates load(Path folder) throws IOException {
    Map<String, Properties> byLanguage = new HashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        Matcher name = FILE.matcher(file.getFileName().toString());
        if (name.matches()) {
          try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            byLanguage.put(name.group(1), read(file.toString(), in));
          }
        }
      }
    }
    if (!byLanguage.containsKey(FALLBACK)) {
      throw new IllegalArgumentException(
          folder + ": no invoice_" + FALLBACK + ".properties (the fallback language)");
    }
    return new InvoiceMailTemplates(byLanguage);
  }

  private static Properties read(String file, Reader in) throws IOException {
    Properties properties = new Properties();
    properties.load(in);
    for (String key : KEYS) {
      String text = properties.getProperty(key);
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException(file + ": key '" + key + "' is missing");
      }
      Matcher placeholder = PLACEHOLDER.matcher(text);
      while (placeholder.find()) {
        if (!PLACEHOLDERS.contains(placeholder.group(1))) {
          throw new IllegalArgumentException(
              file
                  + ": key '"
                  + key
                  + "' uses unknown placeholder {"
                  + placeholder.group(1)
                  + "} (known: "
                  + PLACEHOLDERS.stream().sorted().toList()
                  + ")");
        }
      }
    }
    return properties;
  }

  /** The mail for an invoice in the customer's language (English when there is none for it). */
  public Mail render(Invoice invoice, String language) {
    Properties texts =
        byLanguage.getOrDefault(
            language == null ? FALLBACK : language.toLowerCase(Locale.ROOT),
            byLanguage.get(FALLBACK));
    String suffix = "credit_note".equals(invoice.type()) ? ".credit_note" : "";
    Map<String, String> values = values(invoice);
    return new Mail(
        fill(texts.getProperty("subject" + suffix), values),
        fill(texts.getProperty("body" + suffix), values));
  }

  private static Map<String, String> values(Invoice invoice) {
    return Map.of(
        "number", invoice.number(),
        "issueDate", invoice.issueDate().toString(),
        "dueDate", invoice.dueDate().map(Object::toString).orElse("-"),
        "amount", invoice.totals().payable().toPlainString() + " " + invoice.currency(),
        "seller", invoice.seller().name(),
        "buyer", invoice.buyer().name(),
        "buyerReference", invoice.buyerReference().orElse("-"));
  }

  private static String fill(String template, Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(
          out, Matcher.quoteReplacement(values.get(placeholder.group(1))));
    }
    placeholder.appendTail(out);
    return out.toString();
  }
}
