package org.arhub.formats.x12;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * How arhub addresses an interchange it sends: its own and the partner's ISA qualifier and id
 * (ISA05-ISA08), the application ids of the functional group (GS02/GS03), the control numbers the
 * hub allocated (per-partner sequences: ISA13, GS06), when it was created, the delimiters, and
 * whether it is a test interchange (ISA15).
 */
public record X12Envelope(
    String senderQualifier,
    String senderId,
    String receiverQualifier,
    String receiverId,
    String groupSenderId,
    String groupReceiverId,
    long interchangeControlNumber,
    long groupControlNumber,
    LocalDateTime created,
    X12Delimiters delimiters,
    boolean test) {

  public X12Envelope {
    qualifier("sender", senderQualifier);
    qualifier("receiver", receiverQualifier);
    id("ISA06 sender", senderId, 15);
    id("ISA08 receiver", receiverId, 15);
    id("GS02 application sender", groupSenderId, 15);
    id("GS03 application receiver", groupReceiverId, 15);
    if (interchangeControlNumber < 1 || interchangeControlNumber > 999_999_999L) {
      throw new IllegalArgumentException(
          "ISA13 interchange control number "
              + interchangeControlNumber
              + " is not 1 to 999999999");
    }
    if (groupControlNumber < 1 || groupControlNumber > 999_999_999L) {
      throw new IllegalArgumentException(
          "GS06 group control number " + groupControlNumber + " is not 1 to 999999999");
    }
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(delimiters, "delimiters");
  }

  /** Standard delimiters, production use. */
  public static X12Envelope of(
      String senderQualifier,
      String senderId,
      String receiverQualifier,
      String receiverId,
      String groupSenderId,
      String groupReceiverId,
      long interchangeControlNumber,
      long groupControlNumber,
      LocalDateTime created) {
    return new X12Envelope(
        senderQualifier,
        senderId,
        receiverQualifier,
        receiverId,
        groupSenderId,
        groupReceiverId,
        interchangeControlNumber,
        groupControlNumber,
        created,
        X12Delimiters.STANDARD,
        false);
  }

  /**
   * The envelope of an answer to a received interchange: from its receiver to its sender (ISA and,
   * from its first group, GS ids swapped), with the received delimiters.
   */
  public static X12Envelope answering(
      X12InterchangeReceipt received,
      long interchangeControlNumber,
      long groupControlNumber,
      LocalDateTime created) {
    X12InterchangeHeader isa = received.header();
    String groupSender =
        received.groups().isEmpty() ? isa.receiver() : received.groups().get(0).receiverId();
    String groupReceiver =
        received.groups().isEmpty() ? isa.sender() : received.groups().get(0).senderId();
    return new X12Envelope(
        isa.receiverQualifier(),
        isa.receiver(),
        isa.senderQualifier(),
        isa.sender(),
        orId(groupSender, isa.receiver()),
        orId(groupReceiver, isa.sender()),
        interchangeControlNumber,
        groupControlNumber,
        created,
        isa.delimiters(),
        "T".equals(isa.usage()));
  }

  public X12Envelope withDelimiters(X12Delimiters other) {
    return new X12Envelope(
        senderQualifier,
        senderId,
        receiverQualifier,
        receiverId,
        groupSenderId,
        groupReceiverId,
        interchangeControlNumber,
        groupControlNumber,
        created,
        other,
        test);
  }

  private static String orId(String id, String fallback) {
    return id == null || id.isBlank() ? fallback : id;
  }

  private static void qualifier(String who, String q) {
    if (q == null || q.length() != 2) {
      throw new IllegalArgumentException(
          "ISA " + who + " qualifier '" + q + "' is not 2 characters");
    }
  }

  private static void id(String what, String id, int max) {
    if (id == null || id.isBlank() || id.length() > max) {
      throw new IllegalArgumentException(
          what + " id '" + id + "' is not 1 to " + max + " characters");
    }
  }
}
