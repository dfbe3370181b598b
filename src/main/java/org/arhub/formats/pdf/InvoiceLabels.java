package org.arhub.formats.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The texts of the readable invoice in one language ({@code mappings/invoice/labels_<language>
 * .properties}, UTF-8), with how that language writes numbers ({@code format.locale}, a BCP 47 tag)
 * and dates ({@code format.date}, a java.time pattern). Unit codes print as {@code unit.<code>}
 * when the file has one.
 */
record InvoiceLabels(
    String language,
    String source,
    Map<String, String> texts,
    Locale locale,
    DateTimeFormatter dates) {
  static InvoiceLabels read(String language, String source, InputStream in) throws IOException {
    Properties p = new Properties();
    try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(reader);
    } catch (IllegalArgumentException e) {
      throw new InvoiceTemplateException(source + ": not a properties file: " + e.getMessage(), e);
    }
    Map<String, String> texts = new HashMap<>();
    p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k).strip()));
    Locale locale = locale(source, required(source, texts, "format.locale"));
    DateTimeFormatter dates;
    String pattern = required(source, texts, "format.date");
    try {
      dates = DateTimeFormatter.ofPattern(pattern, locale);
    } catch (IllegalArgumentException e) {
      throw new InvoiceTemplateException(
          source + ": format.date '" + pattern + "' is not a date pattern: " + e.getMessage(), e);
    }
    return new InvoiceLabels(language, source, Map.copyOf(texts), locale, dates);
  }

  /** The text of a template's {@code {{label.<key>}}}, or null when this file lacks it. */
  String label(String key) {
    return texts.get(key);
  }

  /** How people read a unit code ("HUR" → "h"), else the code itself. */
  String unit(String code) {
    return texts.getOrDefault("unit." + code, code);
  }

  /** Every text as the template names it: "label." + key. */
  Map<String, String> asTemplateValues() {
    Map<String, String> values = new HashMap<>();
    texts.forEach((k, v) -> values.put("label." + k, v));
    return values;
  }

  private static String required(String source, Map<String, String> texts, String key) {
    String value = texts.get(key);
    if (value == null || value.isEmpty()) {
      throw new InvoiceTemplateException(source + ": '" + key + "' is missing");
    }
    return value;
  }

  private static Locale locale(String source, String tag) {
    try {
      return new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw new InvoiceTemplateException(
          source + ": format.locale '" + tag + "' is not a language tag (e.g. de-DE)", e);
    }
  }
}
