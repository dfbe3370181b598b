package org.arhub.formats.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The invoice template and its labels, read once and checked together: every {@code
 * {{label.<key>}}} the template uses must be in every language's labels file, so a missing text is
 * found when the hub starts, not on the invoice that first needs it.
 */
final class InvoiceTemplates {
  /** The shipped files, on the classpath (copied there from the top-level mappings/ folder). */
  static final String SHIPPED = "mappings/invoice/";

  static final String TEMPLATE = "templates/invoice.html";

  /** The languages the shipped labels exist in; the first is the fallback. */
  static final List<String> SHIPPED_LANGUAGES = List.of("en", "de", "fr");

  private final InvoiceTemplate template;
  private final Map<String, InvoiceLabels> labels;

  private InvoiceTemplates(InvoiceTemplate template, Map<String, InvoiceLabels> labels) {
    this.template = template;
    this.labels = labels;
    for (InvoiceLabels language : labels.values()) {
      for (String name : template.names("label.")) {
        if (language.label(name.substring("label.".length())) == null) {
          throw new InvoiceTemplateException(
              template.source()
                  + " line "
                  + template.lineOf(name)
                  + ": '"
                  + name.substring("label.".length())
                  + "' is missing from "
                  + language.source());
        }
      }
    }
  }

  static InvoiceTemplates shipped() {
    ClassLoader loader = InvoiceTemplates.class.getClassLoader();
    try {
      String template = text(SHIPPED + TEMPLATE, loader.getResourceAsStream(SHIPPED + TEMPLATE));
      Map<String, InvoiceLabels> labels = new LinkedHashMap<>();
      for (String language : SHIPPED_LANGUAGES) {
        String name = SHIPPED + "labels_" + language + ".properties";
        try (InputStream in = loader.getResourceAsStream(name)) {
          if (in == null) {
            throw new InvoiceTemplateException(name + ": not on the classpath");
          }
          labels.put(language, InvoiceLabels.read(language, name, in));
        }
      }
      return of(SHIPPED + TEMPLATE, template, labels);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An operator's own copy: {@code folder/templates/invoice.html} and {@code
   * folder/labels_<language>.properties} (the first language found in the order en, de, fr, then
   * the rest by name, is the fallback).
   */
  static InvoiceTemplates folder(Path folder) throws IOException {
    Path templateFile = folder.resolve(TEMPLATE);
    if (!Files.isRegularFile(templateFile)) {
      throw new InvoiceTemplateException(templateFile + ": no such file");
    }
    String template = Files.readString(templateFile, StandardCharsets.UTF_8);
    Map<String, InvoiceLabels> labels = new LinkedHashMap<>();
    List<Path> files;
    try (var listing = Files.list(folder)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().matches("labels_[a-z]{2,3}\\.properties"))
              .sorted(
                  Comparator.comparingInt(InvoiceTemplates::order).thenComparing(Path::toString))
              .toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      String language = name.substring("labels_".length(), name.indexOf('.'));
      try (InputStream in = Files.newInputStream(file)) {
        labels.put(language, InvoiceLabels.read(language, file.toString(), in));
      }
    }
    if (labels.isEmpty()) {
      throw new InvoiceTemplateException(folder + ": no labels_<language>.properties");
    }
    return of(templateFile.toString(), template, labels);
  }

  private static int order(Path labelsFile) {
    String name = labelsFile.getFileName().toString();
    int i = SHIPPED_LANGUAGES.indexOf(name.substring("labels_".length(), name.indexOf('.')));
    return i < 0 ? SHIPPED_LANGUAGES.size() : i;
  }

  private static InvoiceTemplates of(
      String source, String template, Map<String, InvoiceLabels> labels) {
    return new InvoiceTemplates(InvoiceTemplate.parse(source, template), labels);
  }

  InvoiceTemplate template() {
    return template;
  }

  /** The labels in {@code language}, else in the fallback language. */
  InvoiceLabels labels(String language) {
    return Optional.ofNullable(labels.get(language))
        .orElseGet(() -> labels.values().iterator().next());
  }

  private static String text(String name, InputStream in) throws IOException {
    if (in == null) {
      throw new InvoiceTemplateException(name + ": not on the classpath");
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
