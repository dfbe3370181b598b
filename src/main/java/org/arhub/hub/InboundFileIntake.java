package org.arhub.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.arhub.formats.FileFormat;
import org.arhub.formats.InboundFileReader;
import org.arhub.formats.InboundFileReader.Read;
import org.arhub.formats.InboundFileReader.Rejected;
import org.arhub.formats.InvalidFileException;
import org.arhub.partner.Partner.InboundFeed;
import org.arhub.store.AlreadyReceivedException;
import org.arhub.store.AuditLog;
import org.arhub.store.BankFileStore;
import org.arhub.store.ContentHash;
import org.arhub.store.InboundFileStore;
import org.arhub.store.InboundFileStore.Arrival;
import org.arhub.store.InboundFileStore.InboundFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake step every inbound route calls: store the file (bytes and sha256, one transaction),
 * stop if the same bytes were received before, else read it; a file that cannot be read is
 * quarantined with the reason and an alert. Only an infrastructure failure (database down, disk
 * full) escapes as an exception, so the route rolls back and the file stays on the server.
 */
@Component("inboundFileIntake")
public class InboundFileIntake {
  private static final Logger log = LoggerFactory.getLogger(InboundFileIntake.class);
  private final InboundFileStore files;
  private final InboundFileReader reader;
  private final Alerts alerts;
  private final ArhubProperties properties;
  private final BankFileStore bankFiles;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final PartnerRegistry partners;

  /** A bank's lockbox layout is parsed from its YAML once, not for every file. */
  private final Map<String, InboundFileReader> layoutReaders = new ConcurrentHashMap<>();

  private final X12Acknowledger acknowledger;
  private final X12AcknowledgmentIntake acknowledgments;
  private final ErpFileIntake erpFiles;

  public InboundFileIntake(
      InboundFileStore files,
      InboundFileReader reader,
      Alerts alerts,
      ArhubProperties properties,
      BankFileStore bankFiles,
      AuditLog audit,
      PlatformTransactionManager transactionManager,
      PartnerRegistry partners,
      X12Acknowledger acknowledger,
      X12AcknowledgmentIntake acknowledgments,
      ErpFileIntake erpFiles) {
    this.files = files;
    this.erpFiles = erpFiles;
    this.acknowledgments = acknowledgments;
    this.acknowledger = acknowledger;
    this.partners = partners;
    this.bankFiles = bankFiles;
    this.audit = audit;
    this.transactions = new TransactionTemplate(transactionManager);
    this.reader = reader;
    this.alerts = alerts;
    this.properties = properties;
  }

  public InboundFile receive(
      @Header("arhubPartner") String partnerId,
      @Header("arhubFeed") String feed,
      @Header(Exchange.FILE_NAME_ONLY) String name,
      @Body InputStream body)
      throws IOException {
    Path spool = spoolDir().resolve(UUID.randomUUID() + ".part");
    try (var p = MDC.putCloseable("partner", partnerId);
        var f = MDC.putCloseable("file", name)) {
      MessageDigest sha256 = ContentHash.newDigest();
      long size;
      try (InputStream in = new DigestInputStream(body, sha256);
          OutputStream out = Files.newOutputStream(spool)) {
        size = in.transferTo(out);
      }
      String hash = ContentHash.hex(sha256);
      InboundFile stored =
          files.receive(
              new Arrival(partnerId, feed, name, spool, hash, size, properties.getNode()));
      if (stored.status().equals("DUPLICATE")) {
        log.info(
            "file {} ({} bytes, sha256 {}) is a duplicate of inbound file {}; nothing applied",
            stored.id(),
            size,
            hash,
            stored.duplicateOf());
        return stored;
      }
      log.info("file {} stored ({} bytes, sha256 {})", stored.id(), size, hash);
      read(stored, spool);
      return files.find(stored.id()).orElseThrow();
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  /** Reads a stored file again (after a fix) — only a quarantined file can be replayed. */
  public InboundFile replay(long id) throws IOException {
    InboundFile file =
        files.find(id).orElseThrow(() -> new IllegalArgumentException("no inbound file " + id));
    if (!file.status().equals("QUARANTINED")) {
      throw new IllegalStateException(
          "inbound file " + id + " is " + file.status() + "; only QUARANTINED files are replayed");
    }
    Path spool = spoolDir().resolve(UUID.randomUUID() + ".replay");
    try (var p = MDC.putCloseable("partner", file.partnerId());
        var f = MDC.putCloseable("file", file.originalName())) {
      files.withContent(file.sha256(), in -> Files.copy(in, spool));
      log.info("replaying inbound file {}", id);
      read(file, spool);
      return files.find(id).orElseThrow();
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  /**
   * Reads the file and stores what it contains in one transaction with marking it PARSED; a file
   * that is rejected (invalid, or already received) leaves nothing behind but its quarantine.
   */
  private void read(InboundFile stored, Path spool) throws IOException {
    Optional<InboundFeed> feed = partners.feed(stored.partnerId(), stored.feed());
    Optional<String> erpLayout = feed.flatMap(InboundFeed::erpLayout);
    if (erpLayout.isPresent()) {
      erpFiles.read(stored, spool, erpLayout.get()); // invoices or customers from the ERP
      return;
    }
    Optional<FileFormat> declared = feed.flatMap(InboundFeed::format);
    // A partner's acknowledgments come in by the same inbox as its other EDI, whatever the feed
    // declares.
    if (detected(spool).equals(Optional.of(FileFormat.X12_ACKNOWLEDGMENT))) {
      readAcknowledgments(stored, spool);
      return;
    }
    InboundFileReader reader =
        feed.flatMap(InboundFeed::lockboxLayout)
            .map(layout -> layoutReaders.computeIfAbsent(layout, this.reader::withLockboxLayout))
            .orElse(this.reader);
    Optional<FileFormat> format = declared;
    String reason;
    try {
      BankFileStore.Writer writer = bankFiles.writerFor(stored);
      InboundFileReader.Outcome outcome =
          transactions.execute(
              tx -> {
                try {
                  InboundFileReader.Outcome read =
                      reader.read(spool, stored.originalName(), declared, writer);
                  if (read instanceof Read) {
                    files.markParsed(stored.id(), writer.stored().format());
                  } else {
                    tx.setRollbackOnly();
                  }
                  return read;
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      if (outcome instanceof Read) {
        BankFileStore.Stored result = writer.stored();
        log.info(
            "file {} read as {}: {} statement(s), {} payment(s), {} remittance(s) stored, {} already known",
            stored.id(),
            result.format(),
            result.statements(),
            result.payments(),
            result.remittances(),
            result.alreadyKnown());
        audit.record(
            "hub",
            "FILE_READ",
            "inbound_file",
            stored.id(),
            Map.of(
                "format",
                String.valueOf(result.format()),
                "statements",
                result.statements(),
                "payments",
                result.payments(),
                "remittances",
                result.remittances(),
                "alreadyKnown",
                result.alreadyKnown()));
        acknowledgeIfX12(stored, spool, outcome.format());
        return;
      }
      format = outcome.format();
      reason = ((Rejected) outcome).reason();
    } catch (AlreadyReceivedException e) {
      reason = e.getMessage();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (DataIntegrityViolationException e) {
      // The file's content broke a database rule (a fence such as a duplicate identity): not
      // retried.
      reason =
          stored.originalName()
              + ": refused by the database: "
              + e.getMostSpecificCause().getMessage();
    } catch (DataAccessException e) {
      throw e; // the database is unavailable: fail the exchange so the file stays on the server

    } catch (RuntimeException e) {
      // A reader bug must not lose the file or stop the route: quarantine it for a replay after the
      // fix.
      log.error("reader failed on inbound file {}", stored.id(), e);
      reason = stored.originalName() + ": internal reader error: " + e;
    }
    files.markQuarantined(stored.id(), format.map(FileFormat::id).orElse(null), reason);
    alerts.raise(
        AlertKind.FILE_QUARANTINED,
        stored.partnerId(),
        "inbound file " + stored.id() + " (" + stored.originalName() + ") quarantined",
        reason);
    acknowledgeIfX12(stored, spool, format);
  }

  /** A partner's 997/999/TA1 for what the hub sent: sets the delivery status of our 810s. */
  private void readAcknowledgments(InboundFile stored, Path spool) throws IOException {
    try {
      List<String> invoices =
          transactions.execute(
              tx -> {
                try {
                  List<String> answered = acknowledgments.apply(stored, spool);
                  files.markParsed(stored.id(), FileFormat.X12_ACKNOWLEDGMENT.id());
                  return answered;
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                } catch (InvalidFileException e) {
                  throw new InvalidAcknowledgment(e);
                }
              });
      log.info(
          "file {} is an acknowledgment; delivery status set for invoices {}",
          stored.id(),
          invoices);
    } catch (InvalidAcknowledgment e) {
      String reason = e.getCause().getMessage();
      files.markQuarantined(stored.id(), FileFormat.X12_ACKNOWLEDGMENT.id(), reason);
      alerts.raise(
          AlertKind.FILE_QUARANTINED,
          stored.partnerId(),
          "inbound file " + stored.id() + " (" + stored.originalName() + ") quarantined",
          reason);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Carries a bad acknowledgment file out of the transaction, which it rolls back. */
  private static final class InvalidAcknowledgment extends RuntimeException {
    InvalidAcknowledgment(InvalidFileException cause) {
      super(cause);
    }
  }

  private static Optional<FileFormat> detected(Path spool) {
    try {
      return InboundFileReader.detect(spool);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** X12 senders expect a 997/999 (or TA1) for what they sent, accepted or not. */
  private void acknowledgeIfX12(InboundFile stored, Path spool, Optional<FileFormat> format)
      throws IOException {
    if (format.equals(Optional.of(FileFormat.X12_820))) {
      try {
        acknowledger.acknowledge(stored, spool);
      } catch (RuntimeException e) {
        // The remittance is stored; a missing acknowledgment is for a person to look at, not a
        // reason to re-read.
        log.error("could not acknowledge inbound file {}", stored.id(), e);
        alerts.raise(
            AlertKind.INTAKE_FAILED,
            stored.partnerId(),
            "no 997/999 sent for inbound file " + stored.id(),
            e.toString());
      }
    }
  }

  private Path spoolDir() throws IOException {
    return Files.createDirectories(properties.getDataDir().resolve("spool"));
  }
}
