package org.arhub.formats.camt;

import org.arhub.formats.BankFileSink;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.FileHeader;

/**
 * Finds the camt Document in a file and reads it: either the Document is the root, or it sits in an
 * envelope beside a business application header (AppHdr), e.g. {@code
 * <Envelope><AppHdr/><Document/>} or SWIFT's {@code <DataPDU><Body>}. Elements are matched by local
 * name, so a prefixed namespace ({@code <ns:Document>}) reads like a default one; the Document's
 * namespace gives the version.
 */
final class CamtDocumentReader {
  // Envelopes in use put the Document at most three levels down.
  private static final int MAX_ENVELOPE_LEVELS = 3;

  private final CamtMessageType type;
  private final XmlCursor x;
  private final BankFileSink sink;
  private CamtAppHeader appHeader = CamtAppHeader.NONE;
  private boolean documentRead;

  CamtDocumentReader(CamtMessageType type, XmlCursor x, BankFileSink sink) {
    this.type = type;
    this.x = x;
    this.sink = sink;
  }

  void read() throws InvalidFileException {
    if (!x.nextChild()) {
      throw x.errorAt(0, "the file holds no XML element");
    }
    String root = x.name();
    element(1);
    if (!documentRead) {
      throw x.errorAt(
          1,
          "no ISO 20022 "
              + type.id()
              + " Document in the file (the root element is <"
              + root
              + ">)");
    }
    x.finish();
    sink.endFile();
  }

  private void element(int level) throws InvalidFileException {
    switch (x.name()) {
      case "Document" -> document();
      case "AppHdr" -> appHeader = CamtAppHeader.read(x);
      default -> {
        if (level < MAX_ENVELOPE_LEVELS) {
          while (x.nextChild()) {
            element(level + 1);
          }
        } else {
          x.skip();
        }
      }
    }
  }

  private void document() throws InvalidFileException {
    if (documentRead) {
      throw x.error("a second Document: one file carries one message");
    }
    CamtVersion.Result version = CamtVersion.of(x.namespace(), type);
    if (version.problem() != null) {
      throw x.error(version.problem());
    }
    boolean message = false;
    while (x.nextChild()) {
      if (!x.name().equals(type.messageElement())) {
        throw x.error(
            "a "
                + type.id()
                + " Document holds <"
                + type.messageElement()
                + ">, not <"
                + x.name()
                + ">");
      }
      message = true;
      message(version.version());
    }
    if (!message) {
      throw x.errorInLeft("the Document holds no <" + type.messageElement() + ">");
    }
    documentRead = true;
  }

  private void message(CamtVersion version) throws InvalidFileException {
    boolean header = false;
    int reports = 0;
    while (x.nextChild()) {
      if (x.name().equals("GrpHdr")) {
        CamtGroupHeader group = CamtGroupHeader.read(x);
        sink.file(
            new FileHeader(
                version.id(),
                group.messageId(),
                appHeader.sender(),
                appHeader.receiver().or(group::recipient),
                group.created()));
        header = true;
      } else if (x.name().equals(type.reportElement())) {
        if (!header) {
          throw x.error(
              "<" + type.reportElement() + "> before the group header: GrpHdr comes first");
        }
        CamtStatement.read(x, ++reports, sink);
      } else {
        x.skip();
      }
    }
    if (!header) {
      throw x.errorInLeft("the message has no group header (GrpHdr, required)");
    }
    if (reports == 0) {
      throw x.errorInLeft(
          "the message holds no <"
              + type.reportElement()
              + ">: a "
              + type.id()
              + " message reports at least one account");
    }
  }
}
