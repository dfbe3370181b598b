package org.arhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arhub.delivery.InvoiceMailTemplates.Mail;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceMailTemplatesTest {
  private static Invoice invoice;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in =
        Files.newInputStream(Path.of("src/test/resources/formats/x12/invoices/standard.json"))) {
      invoice = InvoiceJson.read(in);
    }
  }

  private static InvoiceMailTemplates shipped() throws Exception {
    return InvoiceMailTemplates.shipped();
  }

  @Test
  void theShippedTemplatesFillEveryPlaceholder() throws Exception {
    for (String language : new String[] {"en", "de", "fr"}) {
      Mail mail = shipped().render(invoice, language);
      assertThat(mail.subject()).contains(invoice.number()).doesNotContain("{");
      assertThat(mail.body())
          .contains(invoice.number())
          .contains(invoice.totals().payable().toPlainString() + " " + invoice.currency())
          .doesNotContain("{");
    }
  }

  @Test
  void aLanguageWithoutTemplateGetsEnglish() throws Exception {
    assertThat(shipped().render(invoice, "nl")).isEqualTo(shipped().render(invoice, "en"));
    assertThat(shipped().render(invoice, null).subject()).contains("invoice " + invoice.number());
  }

  @Test
  void aTemplateWithAnUnknownPlaceholderIsRefusedNamingFileKeyAndPlaceholder(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("invoice_en.properties"),
        "subject=Invoice {numbr}\nbody=x\nsubject.credit_note=y\nbody.credit_note=z\n");
    assertThatThrownBy(() -> InvoiceMailTemplates.load(dir))
        .hasMessageContaining(
            "invoice_en.properties: key 'subject' uses unknown placeholder {numbr}");
  }

  @Test
  void aTemplateWithoutACreditNoteTextIsRefused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("invoice_en.properties"), "subject=a\nbody=b\n");
    assertThatThrownBy(() -> InvoiceMailTemplates.load(dir))
        .hasMessageContaining("key 'subject.credit_note' is missing");
  }

  @Test
  void aFolderWithoutEnglishIsRefused(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("invoice_de.properties"),
        "subject=a\nbody=b\nsubject.credit_note=c\nbody.credit_note=d\n");
    assertThatThrownBy(() -> InvoiceMailTemplates.load(dir))
        .hasMessageContaining("no invoice_en.properties");
  }
}
