package org.arhub.formats.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The placeholder syntax of the invoice template, and the checks of a template with its labels. */
class InvoiceTemplateTest {
  private static final Path SHIPPED = Path.of("mappings", "invoice");

  @Test
  void valuesAreEscapedAndSectionsRepeatOrHide() {
    InvoiceTemplate t =
        InvoiceTemplate.parse(
            "t.html", "<p>{{name}}</p>{{#rows}}[{{id}}:{{name}}]{{/rows}}{{#none}}hidden{{/none}}");
    Map<String, Object> context = new HashMap<>();
    context.put("name", "<script>alert('x')</script> & \"co\"");
    context.put("rows", List.of(Map.of("id", "1"), Map.of("id", "2", "name", "inner")));
    context.put("none", null);

    assertThat(t.render(context))
        .isEqualTo(
            "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</p>"
                + "[1:&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;]"
                + "[2:inner]");
  }

  @Test
  void aValueWithControlCharactersStaysWellFormed() {
    InvoiceTemplate t = InvoiceTemplate.parse("t.html", "{{v}}");
    assertThat(t.render(Map.of("v", "a\u0000b\u0007c"))).isEqualTo("a b c");
  }

  @Test
  void anUnknownNameIsATemplateError() {
    InvoiceTemplate t = InvoiceTemplate.parse("t.html", "line one\n<b>{{numbr}}</b>");
    assertThatThrownBy(() -> t.render(Map.of("number", "INV-1")))
        .isInstanceOf(InvoiceTemplateException.class)
        .hasMessage("t.html line 2: no value named 'numbr' (see InvoiceView)");
  }

  @Test
  void brokenSyntaxIsNamedWithItsLine() {
    assertThatThrownBy(() -> InvoiceTemplate.parse("t.html", "a\n{{#rows}}x"))
        .hasMessage("t.html line 2: '{{#rows}}' is never closed");
    assertThatThrownBy(() -> InvoiceTemplate.parse("t.html", "{{#a}}\n\n{{/b}}"))
        .hasMessage("t.html line 3: '{{/b}}' closes no open '{{#b}}' (open: 'a')");
    assertThatThrownBy(() -> InvoiceTemplate.parse("t.html", "{{name"))
        .hasMessage("t.html line 1: '{{' without '}}'");
    assertThatThrownBy(() -> InvoiceTemplate.parse("t.html", "{{{raw}}}"))
        .hasMessage("t.html line 1: '{{{raw}}' is not a placeholder name");
  }

  @Test
  void aLabelMissingFromOneLanguageIsFoundWhenTheTemplatesAreRead(@TempDir Path dir)
      throws Exception {
    copyShipped(dir);
    Path fr = dir.resolve("labels_fr.properties");
    Files.writeString(
        fr,
        Files.readString(fr, StandardCharsets.UTF_8).replaceAll("(?m)^payment\\.iban=.*\\n", ""),
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> InvoicePdf.fromFolder(dir))
        .isInstanceOf(InvoiceTemplateException.class)
        .hasMessage(
            dir.resolve("templates/invoice.html")
                + " line "
                + lineOf(dir.resolve("templates/invoice.html"), "{{label.payment.iban}}")
                + ": 'payment.iban' is missing from "
                + fr);
  }

  @Test
  void aTemplateNamingALabelNoFileHasIsRefused(@TempDir Path dir) throws Exception {
    copyShipped(dir);
    Path template = dir.resolve("templates/invoice.html");
    Files.writeString(
        template,
        Files.readString(template).replace("</body>", "<p>{{label.greeting}}</p>\n</body>"));

    assertThatThrownBy(() -> InvoicePdf.fromFolder(dir))
        .isInstanceOf(InvoiceTemplateException.class)
        .hasMessageStartingWith(template + " line " + lineOf(template, "{{label.greeting}}"))
        .hasMessageContaining("'greeting' is missing from " + dir.resolve("labels_en.properties"));
  }

  @Test
  void labelsNeedTheirNumberAndDateFormats(@TempDir Path dir) throws Exception {
    copyShipped(dir);
    Path de = dir.resolve("labels_de.properties");
    Files.writeString(
        de,
        Files.readString(de, StandardCharsets.UTF_8)
            .replace("format.date=dd.MM.yyyy", "format.date=dd.bb.yyyy"),
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> InvoicePdf.fromFolder(dir))
        .isInstanceOf(InvoiceTemplateException.class)
        .hasMessageStartingWith(de + ": format.date 'dd.bb.yyyy' is not a date pattern");
  }

  @Test
  void anOperatorsOwnTemplateIsUsed(@TempDir Path dir) throws Exception {
    copyShipped(dir);
    Path en = dir.resolve("labels_en.properties");
    Files.writeString(
        en,
        Files.readString(en, StandardCharsets.UTF_8)
            .replace("title.invoice=Invoice", "title.invoice=Tax invoice"),
        StandardCharsets.UTF_8);

    byte[] pdf =
        InvoicePdf.fromFolder(dir)
            .render(
                InvoicePdfGoldenTest.read(
                    InvoicePdfGoldenTest.FOLDER.resolve("invoice-en-gbp.json")));

    assertThat(PdfAChecks.text(pdf)).startsWith("Tax invoice INV-2026-000200\n");
  }

  private static void copyShipped(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("templates"));
    Files.copy(SHIPPED.resolve("templates/invoice.html"), dir.resolve("templates/invoice.html"));
    for (String language : List.of("en", "de", "fr")) {
      String name = "labels_" + language + ".properties";
      Files.copy(SHIPPED.resolve(name), dir.resolve(name));
    }
  }

  private static int lineOf(Path file, String text) throws Exception {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }
}
