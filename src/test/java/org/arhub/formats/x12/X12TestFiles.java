package org.arhub.formats.x12;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.CanonicalJsonWriter;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.BankEntry;
import org.arhub.model.FileHeader;
import org.arhub.model.Remittance;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;

/** The X12 fixtures of src/test/resources/formats/x12 and what the tests do with them. */
final class X12TestFiles {
  /**
   * The acknowledgments of the golden files are written with this envelope's control numbers and
   * time.
   */
  static final LocalDateTime ACKNOWLEDGED = LocalDateTime.of(2026, 11, 23, 9, 0);

  private X12TestFiles() {}

  static Path folder() {
    try {
      return Path.of(X12TestFiles.class.getResource("/formats/x12").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path fixture(String name) {
    return folder().resolve(name + ".edi");
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(fixture(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Path> ediFiles() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".edi"))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** What a lenient read gives: the sink's parts and the acknowledgment receipts. */
  record Read(RecordingSink sink, AcknowledgmentCollector acknowledgments) {
    X12InterchangeReceipt interchange() {
      return acknowledgments.interchanges().get(0);
    }

    X12GroupReceipt group() {
      return interchange().groups().get(0);
    }

    X12TransactionSetReceipt set(int index) {
      return group().sets().get(index);
    }
  }

  static Read read(byte[] file) throws InvalidFileException {
    RecordingSink sink = new RecordingSink();
    AcknowledgmentCollector acknowledgments = new AcknowledgmentCollector();
    try {
      new X12RemittanceReader()
          .read("test.edi", new ByteArrayInputStream(file), sink, acknowledgments);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Read(sink, acknowledgments);
  }

  /** The strict read; null when the file is accepted, else the exception's message. */
  static String strictRejection(byte[] file) {
    try {
      new X12RemittanceReader()
          .read("test.edi", new ByteArrayInputStream(file), new RecordingSink());
      return null;
    } catch (InvalidFileException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String canonicalJson(byte[] file, AcknowledgmentCollector acknowledgments)
      throws IOException, InvalidFileException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    new X12RemittanceReader()
        .read(
            "test.edi",
            new ByteArrayInputStream(file),
            new CanonicalJsonWriter(json),
            acknowledgments);
    return json.toString();
  }

  /** The acknowledgments of every interchange, as the golden files hold them. */
  static byte[] acknowledgments(AcknowledgmentCollector received) throws X12ValidationException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long control = 900_000_001L;
    for (X12InterchangeReceipt r : received.interchanges()) {
      out.writeBytes(
          new X12AcknowledgmentWriter()
              .write(r, X12Envelope.answering(r, control++, 900_000_002L, ACKNOWLEDGED)));
    }
    return out.toByteArray();
  }

  /** Replaces the first occurrence of {@code from} in a fixture's text. */
  static byte[] edit(byte[] file, String from, String to) {
    String text = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = text.indexOf(from);
    if (at < 0) {
      throw new IllegalArgumentException("'" + from + "' is not in the fixture");
    }
    return (text.substring(0, at) + to + text.substring(at + from.length()))
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** A sink that keeps what it receives, in order. */
  static final class RecordingSink implements BankFileSink {
    final List<String> calls = new ArrayList<>();
    final List<Remittance> remittances = new ArrayList<>();
    FileHeader header;

    @Override
    public void file(FileHeader header) {
      this.header = header;
      calls.add("file");
    }

    @Override
    public void statement(Statement statement) {
      calls.add("statement");
    }

    @Override
    public void entry(BankEntry entry) {
      calls.add("entry");
    }

    @Override
    public void endStatement(StatementEnd end) {
      calls.add("endStatement");
    }

    @Override
    public void remittance(Remittance remittance) {
      remittances.add(remittance);
      calls.add("remittance");
    }

    @Override
    public void endFile() {
      calls.add("endFile");
    }

    List<String> traces() {
      return remittances.stream().map(Remittance::trace).toList();
    }
  }
}
