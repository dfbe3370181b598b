package org.arhub.partner;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One trading partner as declared in {@code partners/<id>.yaml}: who it is, how the hub reaches it
 * and what it sends. Built only by {@link PartnerFileReader}, so every instance is valid.
 */
public record Partner(
    String id,
    String name,
    PartnerKind kind,
    Optional<SftpConnection> sftp,
    List<InboundFeed> feeds,
    Contacts contacts,
    Optional<EdiIdentifiers> edi,
    Path source) {

  public Partner {
    feeds = List.copyOf(feeds);
  }

  /** Where a partner's SFTP server is and how the hub proves who it is and who the server is. */
  public record SftpConnection(
      String host,
      int port,
      String user,
      Credential credential,
      String hostKey,
      Optional<String> outboundDirectory) {}

  /**
   * A reference to a secret, never the secret: a private key file on the hub's host, or the name of
   * an environment variable holding a password.
   */
  public record Credential(Optional<Path> privateKeyFile, Optional<String> passwordEnv) {}

  /**
   * One kind of file the partner drops in one remote directory. {@code erpLayout} names an ERP
   * layout in {@code mappings/erp/}: the feed's files are invoices or customers, not bank files.
   */
  public record InboundFeed(
      String name,
      String directory,
      String include,
      Optional<org.arhub.formats.FileFormat> format,
      String doneDirectory,
      UploadCompletion uploadCompletion,
      long pollDelayMillis,
      Optional<String> lockboxLayout,
      Optional<String> erpLayout) {
    /** A bank or remittance feed (no ERP layout). */
    public InboundFeed(
        String name,
        String directory,
        String include,
        Optional<org.arhub.formats.FileFormat> format,
        String doneDirectory,
        UploadCompletion uploadCompletion,
        long pollDelayMillis,
        Optional<String> lockboxLayout) {
      this(
          name,
          directory,
          include,
          format,
          doneDirectory,
          uploadCompletion,
          pollDelayMillis,
          lockboxLayout,
          Optional.empty());
    }
  }

  /** How the hub knows a partner has finished uploading a file before it takes it. */
  public enum UploadCompletion {
    /** The file's size and modification time stop changing (Camel's "changed" read lock). */
    CHANGED,
    /** The partner uploads {@code <name>.done} after the file. */
    DONE_FILE
  }

  public record Contacts(
      List<String> remittanceEmails, List<String> invoiceEmails, List<String> operationsEmails) {
    public Contacts {
      remittanceEmails = List.copyOf(remittanceEmails);
      invoiceEmails = List.copyOf(invoiceEmails);
      operationsEmails = List.copyOf(operationsEmails);
    }
  }

  /** X12 interchange identifiers (ISA05/06 qualifier and id, GS02/03 application code). */
  public record EdiIdentifiers(String isaQualifier, String isaId, String gsId) {}
}
