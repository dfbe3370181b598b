package org.arhub.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.arhub.store.GlExportStore.Batch;
import org.arhub.store.GlExportStore.Delivery;

/**
 * Writes a batch's CSV and JSON into a folder the GL imports from. A file appears only complete
 * (written as .part, then renamed); a file of the batch already there with the same bytes (a resend
 * after a crash) is left as it is, one with other bytes is an error, never overwritten. The GL
 * acknowledges later, through the API.
 */
final class GlFolderTarget implements GlTarget {
  private final Path folder;

  GlFolderTarget(Path folder) {
    this.folder = folder;
  }

  @Override
  public Delivery send(Batch batch, byte[] csv, byte[] json) {
    try {
      Files.createDirectories(folder);
      write(batch.csvName(), csv);
      write(batch.jsonName(), json);
      return Delivery.sent();
    } catch (IOException | IllegalStateException e) {
      return Delivery.failed("cannot write to " + folder + ": " + e.getMessage());
    }
  }

  private void write(String name, byte[] bytes) throws IOException {
    Path file = folder.resolve(name);
    if (Files.exists(file)) {
      if (!Arrays.equals(Files.readAllBytes(file), bytes)) {
        throw new IllegalStateException(file + " exists with other content");
      }
      return;
    }
    Path part = folder.resolve(name + ".part");
    Files.write(part, bytes);
    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
  }
}
