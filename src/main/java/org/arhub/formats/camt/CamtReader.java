package org.arhub.formats.camt;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.arhub.formats.BankFileReader;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.FileFormat;
import org.arhub.formats.InvalidFileException;

/**
 * Reads ISO 20022 bank-to-customer cash management messages, versions 001.02 to 001.13: camt.053
 * statements, camt.052 intraday reports and camt.054 debit/credit notifications. One streaming StAX
 * pass: each entry goes to the sink as soon as its Ntry is read, so memory does not grow with the
 * file. XML with a DOCTYPE is refused (no XXE, no entity expansion).
 *
 * <p>Mapping decisions beyond DESIGN.md (each explained where it is made):
 *
 * <ul>
 *   <li>A payment's amount is TxDtls/Amt, else AmtDtls/TxAmt/Amt, whichever is in the entry's
 *       currency; else, for the only payment of an entry, the entry's amount; else the amount the
 *       TxDtls states in another currency. A batch whose TxDtls state no amounts at all (.02) is
 *       one payment of the booked amount carrying all their remittance ({@link CamtEntry}); one
 *       where only some do is refused.
 *   <li>The payer of a credit is the debtor, of a debit the creditor, unless that side is the
 *       reported account itself (returns written with the original parties); then it is the other
 *       side.
 *   <li>A creditor reference that claims ISO 11649 (RF..) or Swiss QR/ISR (27 digits) and fails its
 *       check digit is not used as creditorReference but kept as unstructured text, as are
 *       AddtlRmtInf, a second creditor reference, the bank's AddtlTxInf and, for an entry with one
 *       payment, AddtlNtryInf.
 *   <li>The statement currency is Acct/Ccy, else the entries', else the balances'; a balance in
 *       another currency is left out, an amount with more decimals than the statement currency is
 *       refused ({@link CamtStatement}).
 *   <li>An entry that is not booked (Sts PDNG/INFO/FUTR) is read like any other and says so in
 *       {@code availability}.
 *   <li>A TxDtls/Refs/AcctSvcrRef repeated within one entry gets the payment's index ("REF/2").
 *   <li>Date-times (CreDtTm, DtTm) are kept as the sender wrote them, without the zone offset.
 * </ul>
 */
public final class CamtReader implements BankFileReader {
  private final CamtMessageType type;

  private CamtReader(CamtMessageType type) {
    this.type = type;
  }

  public static CamtReader camt052() {
    return new CamtReader(CamtMessageType.CAMT_052);
  }

  public static CamtReader camt053() {
    return new CamtReader(CamtMessageType.CAMT_053);
  }

  public static CamtReader camt054() {
    return new CamtReader(CamtMessageType.CAMT_054);
  }

  /** The three camt readers, for registration with the hub's file readers. */
  public static List<BankFileReader> all() {
    return List.of(camt052(), camt053(), camt054());
  }

  @Override
  public FileFormat format() {
    return type.format();
  }

  @Override
  public void read(String fileName, InputStream in, BankFileSink sink)
      throws InvalidFileException, IOException {
    PushbackInputStream input = new PushbackInputStream(in, 1);
    int first = input.read();
    if (first < 0) {
      throw new InvalidFileException(fileName, "start of file", "the file is empty (0 bytes)");
    }
    input.unread(first);
    XMLStreamReader xml;
    try {
      xml = SafeXmlInput.open(input);
    } catch (XMLStreamException e) {
      throw new InvalidFileException(
          fileName, "start of file", "the XML cannot be read: " + e.getMessage());
    }
    try {
      new CamtDocumentReader(type, new XmlCursor(xml, fileName), sink).read();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      close(xml);
    }
  }

  private static void close(XMLStreamReader xml) {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // the input stream belongs to the caller; nothing of ours is left open
    }
  }
}
