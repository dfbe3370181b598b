package org.arhub.invoicing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;

/**
 * The sha256 of an invoice's content as the ERP sent it (its canonical JSON, which has a fixed key
 * order), so that the same document id sent again can be told apart: same content, nothing to do;
 * other content, a conflict a person must look at.
 */
public final class InvoiceFingerprint {
  private InvoiceFingerprint() {}

  public static String of(Invoice sent) {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try {
      InvoiceJson.write(Invoices.withNumber(sent, ""), json);
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(json.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
