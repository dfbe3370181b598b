package org.arhub.hub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.arhub.formats.InvalidFileException;
import org.arhub.formats.x12.X12AcknowledgmentReader;
import org.arhub.formats.x12.X12Acknowledgments;
import org.arhub.formats.x12.X12GroupAcknowledgment;
import org.arhub.store.InboundFileStore.InboundFile;
import org.arhub.store.OutboundFileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A customer's 997/999 for the 810s we sent: each functional group it answers sets the
 * acknowledgment of our outbound files of that group, and the delivery status of their invoices
 * (accepted, accepted with errors, rejected — with the partner's error codes as the reason).
 */
@Component
public class X12AcknowledgmentIntake {
  private static final Logger log = LoggerFactory.getLogger(X12AcknowledgmentIntake.class);
  private final X12AcknowledgmentReader reader = new X12AcknowledgmentReader();
  private final OutboundFileStore outbound;

  public X12AcknowledgmentIntake(OutboundFileStore outbound) {
    this.outbound = outbound;
  }

  /** Applies the acknowledgments; returns the invoices whose delivery status changed. */
  public List<String> apply(InboundFile file, Path content)
      throws InvalidFileException, IOException {
    List<X12Acknowledgments> received;
    try (InputStream in = Files.newInputStream(content)) {
      received = reader.read(file.originalName(), in);
    }
    List<String> invoices = new ArrayList<>();
    for (X12Acknowledgments acknowledgments : received) {
      for (X12GroupAcknowledgment group : acknowledgments.groups()) {
        List<String> answered =
            outbound.acknowledged(
                file.partnerId(),
                Long.parseLong(group.controlNumber().strip()),
                group.code().name(),
                detail(group));
        if (answered.isEmpty()) {
          log.warn(
              "{} {} answers group {}, which no 810 sent to {} carries",
              group.acknowledgmentType(),
              acknowledgments.interchangeId(),
              group.controlNumber(),
              file.partnerId());
        }
        invoices.addAll(answered);
      }
    }
    return invoices;
  }

  private static String detail(X12GroupAcknowledgment group) {
    List<String> parts = new ArrayList<>();
    group.errors().forEach(e -> parts.add("group: " + e.code() + " " + e.description()));
    group
        .sets()
        .forEach(
            set ->
                Stream.concat(
                        set.errors().stream().map(e -> e.code() + " " + e.description()),
                        set.segmentErrors().stream().map(Object::toString))
                    .forEach(e -> parts.add("set " + set.controlNumber() + ": " + e)));
    return parts.isEmpty() ? null : String.join("; ", parts);
  }
}
