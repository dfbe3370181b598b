package org.arhub.hub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.arhub.formats.IgnoringSink;
import org.arhub.formats.InvalidFileException;
import org.arhub.formats.x12.AcknowledgmentCollector;
import org.arhub.formats.x12.X12AcknowledgmentWriter;
import org.arhub.formats.x12.X12Envelope;
import org.arhub.formats.x12.X12InterchangeReceipt;
import org.arhub.formats.x12.X12RemittanceReader;
import org.arhub.formats.x12.X12ValidationException;
import org.arhub.store.ControlNumbers;
import org.arhub.store.InboundFileStore.InboundFile;
import org.arhub.store.OutboundFileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers every X12 interchange received with a 997 (004010) or 999 (005010) per functional group,
 * and a TA1 when the envelope itself is in error, sent back through the partner's outbound route.
 * An interchange whose sender and control number were seen before is not acknowledged again.
 */
@Component
public class X12Acknowledger {
  private static final Logger log = LoggerFactory.getLogger(X12Acknowledger.class);
  private final X12RemittanceReader reader = new X12RemittanceReader();
  private final X12AcknowledgmentWriter writer = new X12AcknowledgmentWriter();
  private final ControlNumbers controlNumbers;
  private final OutboundFileStore outbound;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;

  public X12Acknowledger(
      ControlNumbers controlNumbers,
      OutboundFileStore outbound,
      JdbcTemplate jdbc,
      PlatformTransactionManager tx) {
    this.controlNumbers = controlNumbers;
    this.outbound = outbound;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(tx);
  }

  public void acknowledge(InboundFile file, Path content) throws IOException {
    AcknowledgmentCollector receipts = new AcknowledgmentCollector();
    try (InputStream in = Files.newInputStream(content)) {
      // the content was stored by the intake's own read; this pass only collects what to
      // acknowledge
      reader.read(file.originalName(), in, new IgnoringSink(), receipts);
    } catch (InvalidFileException e) {
      // A file refused as a whole may still have readable interchange ids to answer with a TA1.
      log.info(
          "X12 file {} refused ({}); acknowledging what was readable", file.id(), e.getMessage());
    }
    for (X12InterchangeReceipt receipt : receipts.interchanges()) {
      transactions.executeWithoutResult(tx -> answer(file, receipt));
    }
  }

  private void answer(InboundFile file, X12InterchangeReceipt receipt) {
    int first =
        jdbc.update(
            """
        insert into edi_interchange(inbound_file_id, partner_id, sender_qualifier, sender_id, control_number)
        values (?, ?, ?, ?, ?) on conflict on constraint edi_interchange_once do nothing""",
            file.id(),
            file.partnerId(),
            receipt.header().senderQualifier().strip(),
            receipt.header().sender(),
            receipt.header().controlNumber());
    if (first == 0) {
      log.info(
          "interchange {} was received before; not acknowledged again", receipt.interchangeId());
      return;
    }
    long interchange = controlNumbers.next(file.partnerId(), ControlNumbers.Kind.ISA);
    long group = controlNumbers.next(file.partnerId(), ControlNumbers.Kind.GS);
    X12Envelope envelope = X12Envelope.answering(receipt, interchange, group, LocalDateTime.now());
    X12AcknowledgmentWriter.Kind kind = X12AcknowledgmentWriter.Kind.forReceived(receipt);
    byte[] bytes;
    try {
      bytes =
          receipt.groups().isEmpty()
              ? writer.writeTa1(receipt, envelope)
              : writer.write(receipt, kind, envelope);
    } catch (X12ValidationException e) {
      throw new IllegalStateException(
          "acknowledgment of interchange "
              + receipt.interchangeId()
              + " is invalid: "
              + e.getMessage(),
          e);
    }
    String type =
        receipt.groups().isEmpty()
            ? "TA1"
            : kind == X12AcknowledgmentWriter.Kind.FUNCTIONAL_997 ? "997" : "999";
    String name = type + "-" + String.format("%09d", interchange) + ".edi";
    outbound.enqueue(file.partnerId(), type, name, bytes, file.id(), interchange);
    log.info("interchange {} acknowledged with {} {}", receipt.interchangeId(), type, name);
  }
}
