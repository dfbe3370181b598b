package org.arhub.hub;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.arhub.store.InvoiceDeliveryStore.Document;
import org.arhub.store.InvoiceDeliveryStore.Due;
import org.springframework.stereotype.Component;

/**
 * Hands e-invoices to a Peppol access point by its pick-up folder: each document is written under a
 * temporary name and renamed, so the access point never reads half a file. A document already there
 * with the same bytes was delivered before a crash and counts as sent; other bytes under our name
 * are a conflict an operator must look at.
 */
@Component
public class PeppolFolderChannel {
  private final ArhubProperties properties;

  public PeppolFolderChannel(ArhubProperties properties) {
    this.properties = properties;
  }

  Path folder() {
    Path configured = properties.getInvoiceDelivery().getPeppolFolder();
    return configured != null ? configured : properties.getDataDir().resolve("peppol-outbound");
  }

  public void send(Due delivery, List<Document> documents) throws DeliveryFailure {
    Path folder = folder();
    try {
      Files.createDirectories(folder);
      for (Document document : documents) {
        write(folder.resolve(document.fileName()), document.bytes());
      }
    } catch (IOException e) {
      throw new DeliveryFailure(
          "invoice " + delivery.invoiceNumber() + " not written to " + folder + ": " + e, false, e);
    }
  }

  private static void write(Path target, byte[] bytes) throws IOException, DeliveryFailure {
    if (Files.exists(target)) {
      if (Arrays.equals(Files.readAllBytes(target), bytes)) {
        return;
      }
      throw new DeliveryFailure(
          target + " already exists with other content; not overwritten", true, null);
    }
    Path part = target.resolveSibling(target.getFileName() + ".part");
    Files.write(part, bytes);
    try {
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(part, target);
    }
  }
}
