package org.arhub.formats.camt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arhub.formats.BankFileReader;
import org.arhub.formats.CanonicalJsonWriter;
import org.arhub.formats.FileFormat;
import org.arhub.formats.FormatDetector;
import org.arhub.formats.InvalidFileException;

/**
 * Reads test files with the camt reader their content calls for, into canonical JSON or a {@link
 * ReadFile}.
 */
final class CamtTestFiles {
  private CamtTestFiles() {}

  static BankFileReader readerFor(byte[] content) {
    FileFormat format = FormatDetector.detect(content).orElse(FileFormat.CAMT_053);
    return switch (format) {
      case CAMT_052 -> CamtReader.camt052();
      case CAMT_054 -> CamtReader.camt054();
      default -> CamtReader.camt053();
    };
  }

  static String canonicalJson(Path file) throws IOException, InvalidFileException {
    byte[] content = Files.readAllBytes(file);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    readerFor(content)
        .read(
            file.getFileName().toString(),
            new ByteArrayInputStream(content),
            new CanonicalJsonWriter(json));
    return json.toString(StandardCharsets.UTF_8);
  }

  static ReadFile read(Path file) throws IOException, InvalidFileException {
    byte[] content = Files.readAllBytes(file);
    return read(file.getFileName().toString(), content);
  }

  static ReadFile read(String name, byte[] content) throws IOException, InvalidFileException {
    ReadFile result = new ReadFile();
    try (InputStream in = new ByteArrayInputStream(content)) {
      readerFor(content).read(name, in, result);
    }
    return result;
  }
}
