package org.arhub.formats.camt;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.arhub.formats.InvalidFileException;

/**
 * GrpHdr: the message id (MsgId, the file's identity for duplicate checks), its creation and its
 * recipient.
 */
record CamtGroupHeader(
    String messageId, Optional<LocalDateTime> created, Optional<String> recipient) {
  private static final Set<String> BIC_ELEMENTS = Set.of("AnyBIC", "BICOrBEI", "BIC", "BICFI");

  static CamtGroupHeader read(XmlCursor x) throws InvalidFileException {
    String messageId = null;
    LocalDateTime created = null;
    String recipient = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "MsgId" -> messageId = x.text();
        case "CreDtTm" -> created = CamtValues.dateTime(x);
        case "MsgRcpt" -> recipient = recipient(x);
        default -> x.skip();
      }
    }
    if (messageId == null || messageId.isEmpty()) {
      throw x.errorInLeft("the group header has no MsgId (required: it identifies the file)");
    }
    return new CamtGroupHeader(
        messageId, Optional.ofNullable(created), Optional.ofNullable(recipient));
  }

  /** MsgRcpt: its BIC (Id/OrgId/AnyBIC, BICOrBEI up to .03), else its name. */
  private static String recipient(XmlCursor x) throws InvalidFileException {
    String name = null;
    String bic = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "Nm" -> name = CamtAccount.blankToNull(x.text());
        case "Id" -> bic = CamtAppHeader.firstOf(x, BIC_ELEMENTS);
        default -> x.skip();
      }
    }
    return bic != null ? bic : name;
  }
}
