package org.arhub.formats.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arhub.formats.BankFileReader;
import org.arhub.formats.InvalidFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Breaks one thing of a good statement at a time and asserts the exact error: where (XML path and
 * line) and why. Lines count from the first line of {@link #GOOD}.
 */
class CamtBrokenInputTest {
  private static final String DOCTYPE_REFUSED =
      "the XML has a DOCTYPE declaration; DTDs and entities are refused (they open the door to"
          + " external entity (XXE) and entity expansion attacks) and no ISO 20022 message needs one";

  static final String GOOD =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
        <BkToCstmrStmt>
          <GrpHdr>
            <MsgId>MSG-1</MsgId>
            <CreDtTm>2026-11-20T18:00:00</CreDtTm>
          </GrpHdr>
          <Stmt>
            <Id>STMT-1</Id>
            <Acct>
              <Id>
                <IBAN>DE89370400440532013000</IBAN>
              </Id>
              <Ccy>EUR</Ccy>
            </Acct>
            <Bal>
              <Tp>
                <CdOrPrtry>
                  <Cd>OPBD</Cd>
                </CdOrPrtry>
              </Tp>
              <Amt Ccy="EUR">1000.00</Amt>
              <CdtDbtInd>CRDT</CdtDbtInd>
              <Dt>
                <Dt>2026-11-19</Dt>
              </Dt>
            </Bal>
            <Ntry>
              <Amt Ccy="EUR">250.40</Amt>
              <CdtDbtInd>CRDT</CdtDbtInd>
              <BookgDt>
                <Dt>2026-11-20</Dt>
              </BookgDt>
              <AcctSvcrRef>NTRY-1</AcctSvcrRef>
              <NtryDtls>
                <TxDtls>
                  <Amt Ccy="EUR">150.40</Amt>
                </TxDtls>
                <TxDtls>
                  <Amt Ccy="EUR">100.00</Amt>
                </TxDtls>
              </NtryDtls>
            </Ntry>
            <Ntry>
              <Amt Ccy="EUR">5.00</Amt>
              <CdtDbtInd>DBIT</CdtDbtInd>
            </Ntry>
          </Stmt>
        </BkToCstmrStmt>
      </Document>
      """;

  @Test
  void theGoodStatementReads() throws IOException, InvalidFileException {
    ReadFile read = CamtTestFiles.read("good.xml", GOOD.getBytes(StandardCharsets.UTF_8));
    assertThat(read.entries()).hasSize(2);
    assertThat(read.ended).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " | ",
      quoteCharacter = '`',
      value = {
        "missing entry Amt      | <Amt Ccy=\"EUR\">250.40</Amt>            | ``                                     | /Document/BkToCstmrStmt/Stmt[1]/Ntry[1] (line 28) | the entry has no Amt (required)",
        "comma decimal          | >250.40<                                 | >12,50<                                | /Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt (line 29) | '12,50' is not an amount: expected digits with '.' as the decimal separator",
        "unknown currency       | <Amt Ccy=\"EUR\">250.40                  | <Amt Ccy=\"EUX\">250.40                | /Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt (line 29) | 'EUX' is not an ISO 4217 currency code",
        "too many decimals      | >250.40<                                 | >250.401<                              | /Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt (line 29) | 250.401 has more decimals than EUR allows (2)",
        "signed amount          | >250.40<                                 | >-250.40<                              | /Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt (line 29) | '-250.40' is not an amount: ISO 20022 amounts carry no sign (CdtDbtInd gives the direction)",
        "too many digits        | >250.40<                                 | >1234567890123456789.00<               | /Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt (line 29) | '1234567890123456789.00' is not an amount: ISO 20022 allows at most 18 digits with 5 decimals",
        "empty amount           | >250.40<                                 | ><                                     | /Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt (line 29) | Amt is empty",
        "amount without Ccy     | <Amt Ccy=\"EUR\">250.40                  | <Amt>250.40                            | /Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt (line 29) | Amt has no Ccy attribute (the ISO 4217 currency of the amount)",
        "missing CdtDbtInd      | <CdtDbtInd>DBIT</CdtDbtInd>              | ``                                     | /Document/BkToCstmrStmt/Stmt[1]/Ntry[2] (line 44) | the entry has no CdtDbtInd (required)",
        "bad CdtDbtInd          | <CdtDbtInd>DBIT</CdtDbtInd>              | <CdtDbtInd>DEBIT</CdtDbtInd>           | /Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/CdtDbtInd (line 46) | 'DEBIT' is not a credit/debit code (CRDT or DBIT)",
        "impossible date        | <Dt>2026-11-20</Dt>                      | <Dt>2026-02-30</Dt>                    | /Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt/Dt (line 32) | '2026-02-30' is not a date (YYYY-MM-DD)",
        "booking date empty     | <Dt>2026-11-20</Dt>                      | ``                                     | /Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt (line 33) | BookgDt has neither Dt nor DtTm",
        "bad creation time      | 2026-11-20T18:00:00                      | 2026-11-20 18:00                       | /Document/BkToCstmrStmt/GrpHdr/CreDtTm (line 6) | '2026-11-20 18:00' is not a date and time (YYYY-MM-DDThh:mm:ss)",
        "missing MsgId          | <MsgId>MSG-1</MsgId>                     | ``                                     | /Document/BkToCstmrStmt/GrpHdr (line 7) | the group header has no MsgId (required: it identifies the file)",
        "missing statement Id   | <Id>STMT-1</Id>                          | ``                                     | /Document/BkToCstmrStmt/Stmt[1] (line 8) | the statement has no Id (required)",
        "missing account id     | <IBAN>DE89370400440532013000</IBAN>      | ``                                     | /Document/BkToCstmrStmt/Stmt[1] (line 8) | the statement has no account id (Acct/Id/IBAN or Acct/Id/Othr/Id, required)",
        "unknown account ccy    | <Ccy>EUR</Ccy>                           | <Ccy>EURO</Ccy>                        | /Document/BkToCstmrStmt/Stmt[1]/Acct/Ccy (line 14) | 'EURO' is not an ISO 4217 currency code",
        "balance amount missing | <Amt Ccy=\"EUR\">1000.00</Amt>           | ``                                     | /Document/BkToCstmrStmt/Stmt[1]/Bal[1] (line 16) | the balance has no Amt (required)",
        "bad sequence number    | <Id>STMT-1</Id>                          | <Id>STMT-1</Id><ElctrncSeqNb>12a</ElctrncSeqNb> | /Document/BkToCstmrStmt/Stmt[1]/ElctrncSeqNb (line 9) | '12a' is not a whole number",
        "bad reversal flag      | <CdtDbtInd>DBIT</CdtDbtInd>              | <CdtDbtInd>DBIT</CdtDbtInd><RvslInd>yes</RvslInd> | /Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/RvslInd (line 46) | 'yes' is not true or false",
        "split batch, one gap   | <Amt Ccy=\"EUR\">100.00</Amt>            | ``                                     | /Document/BkToCstmrStmt/Stmt[1]/Ntry[1] (line 28) | TxDtls[2] of this batch entry has no amount (neither Amt nor AmtDtls/TxAmt/Amt) while others have one, so the booked amount cannot be split",
        "foreign decimals       | <Ccy>EUR</Ccy>                           | <Ccy>JPY</Ccy>                         | /Document/BkToCstmrStmt/Stmt[1]/Ntry[1] (line 28) | the entry's amount 250.40 EUR cannot be stated in the statement's currency JPY (0 decimals)",
        "balance after entries  | </Ntry>\\n    </Stmt>                       | </Ntry><Bal/>\\n    </Stmt>                | /Document/BkToCstmrStmt/Stmt[1]/Bal (line 47) | a balance after the entries: Bal must precede Ntry",
        "element inside text    | <MsgId>MSG-1</MsgId>                     | <MsgId>MSG<b>1</b></MsgId>             | /Document/BkToCstmrStmt/GrpHdr/MsgId (line 5) | <MsgId> must hold text, but holds the element <b>",
        "statement before GrpHdr | <GrpHdr>                                | <Stmt/><GrpHdr>                        | /Document/BkToCstmrStmt/Stmt (line 4) | <Stmt> before the group header: GrpHdr comes first",
        "undeclared entity      | <MsgId>MSG-1</MsgId>                     | <MsgId>MSG-&bank;</MsgId>              | /Document/BkToCstmrStmt/GrpHdr/MsgId (line 5) | the entity reference &bank; is not declared (no DTD is accepted; only &amp; &lt; &gt; &quot; &apos; and character references may be used)",
        "second root element    | </Document>                              | </Document><Document/>                 | start of file (line 50) | the XML is not well-formed: Second root element in content: malformed XML document, only one allowed",
        "camt.054 to camt.053   | camt.053.001.08                          | camt.054.001.08                        | /Document (line 2) | the Document is camt.054.001.08, not camt.053",
        "version 001.01         | camt.053.001.08                          | camt.053.001.01                        | /Document (line 2) | camt.053.001.01 is not a supported version (camt.053.001.02 to .001.13 are)",
        "version 001.14         | camt.053.001.08                          | camt.053.001.14                        | /Document (line 2) | camt.053.001.14 is not a supported version (camt.053.001.02 to .001.13 are)",
        "pain namespace         | camt.053.001.08                          | pain.001.001.09                        | /Document (line 2) | the Document namespace 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09' is not an ISO 20022 camt.052/053/054 message",
        "no namespace           | ` xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"` | `` | /Document (line 2) | the Document has no namespace; an ISO 20022 camt.053 Document declares urn:iso:std:iso:20022:tech:xsd:camt.053.001.nn",
        "wrong message element  | BkToCstmrStmt>                           | BkToCstmrAcctRpt>                      | /Document/BkToCstmrAcctRpt (line 3) | a camt.053 Document holds <BkToCstmrStmt>, not <BkToCstmrAcctRpt>",
      })
  void reportsWhereAndWhy(String name, String good, String broken, String position, String reason) {
    String xml = mutate(GOOD, good.replace("\\n", "\n"), broken.replace("\\n", "\n"));
    InvalidFileException e = rejection(CamtReader.camt053(), xml.getBytes(StandardCharsets.UTF_8));
    assertThat(e.file()).isEqualTo("broken.xml");
    assertThat(e.position()).isEqualTo(position);
    assertThat(e.reason()).isEqualTo(reason);
  }

  @Test
  void messageWithoutStatement() {
    String xml =
        GOOD.substring(0, GOOD.indexOf("    <Stmt>")) + "  </BkToCstmrStmt>\n</Document>\n";
    InvalidFileException e = rejection(CamtReader.camt053(), xml.getBytes(StandardCharsets.UTF_8));
    assertThat(e.position()).isEqualTo("/Document/BkToCstmrStmt (line 8)");
    assertThat(e.reason())
        .isEqualTo("the message holds no <Stmt>: a camt.053 message reports at least one account");
  }

  @Test
  void truncatedFile() {
    String xml = GOOD.substring(0, GOOD.indexOf("<BookgDt>") + 12);
    InvalidFileException e = rejection(CamtReader.camt053(), xml.getBytes(StandardCharsets.UTF_8));
    assertThat(e.position()).isEqualTo("/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt (line 32)");
    assertThat(e.reason())
        .isEqualTo(
            "the XML is not well-formed: Unexpected end-of-input when trying to parse CHARACTERS");
  }

  @Test
  void externalEntityIsRefusedBeforeAnythingIsRead() {
    String xml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE Document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>&xxe;</MsgId>
        """;
    InvalidFileException e = rejection(CamtReader.camt053(), xml.getBytes(StandardCharsets.UTF_8));
    assertThat(e.position()).isEqualTo("start of file (line 2)");
    assertThat(e.reason()).isEqualTo(DOCTYPE_REFUSED).doesNotContain("root:");
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append(" <!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    xml.append(
        "]>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><GrpHdr><MsgId>&lol9;</MsgId>");
    InvalidFileException e =
        rejection(CamtReader.camt053(), xml.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(e.position()).isEqualTo("start of file (line 13)");
    assertThat(e.reason()).isEqualTo(DOCTYPE_REFUSED);
  }

  @Test
  void hugeTextIsRefusedNotBuffered() {
    String xml = GOOD.replace("<MsgId>MSG-1</MsgId>", "<MsgId>" + "M".repeat(70_000) + "</MsgId>");
    InvalidFileException e = rejection(CamtReader.camt053(), xml.getBytes(StandardCharsets.UTF_8));
    assertThat(e.position()).isEqualTo("/Document/BkToCstmrStmt/GrpHdr/MsgId (line 5)");
    assertThat(e.reason()).isEqualTo("the text of <MsgId> is longer than 65536 characters");
  }

  @Test
  void deeplyNestedHeaderIsRefused() {
    String nested = "<X>".repeat(100) + "</X>".repeat(100);
    String xml =
        "<Envelope><AppHdr><Fr>"
            + nested
            + "</Fr></AppHdr>"
            + GOOD.substring(GOOD.indexOf("<Document"))
            + "</Envelope>";
    InvalidFileException e = rejection(CamtReader.camt053(), xml.getBytes(StandardCharsets.UTF_8));
    assertThat(e.reason()).isEqualTo("elements are nested deeper than 64 levels");
  }

  @Test
  void emptyFile() {
    InvalidFileException e = rejection(CamtReader.camt053(), new byte[0]);
    assertThat(e.position()).isEqualTo("start of file");
    assertThat(e.reason()).isEqualTo("the file is empty (0 bytes)");
  }

  @Test
  void binaryGarbage() {
    byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, (byte) 0xb7, 0x5a};
    InvalidFileException e = rejection(CamtReader.camt053(), zip);
    assertThat(e.position()).isEqualTo("start of file (line 1)");
    assertThat(e.reason())
        .isEqualTo("the XML is not well-formed: Unexpected character 'P' (code 80) in prolog");
  }

  @Test
  void wrongRootElement() {
    byte[] html =
        "<html><head><title>Statement</title></head><body><p>camt</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    InvalidFileException e = rejection(CamtReader.camt053(), html);
    assertThat(e.position()).isEqualTo("/html (line 1)");
    assertThat(e.reason())
        .isEqualTo("no ISO 20022 camt.053 Document in the file (the root element is <html>)");
  }

  @Test
  void readErrorsOfTheInputAreNotInvalidFiles() {
    byte[] head = GOOD.substring(0, 200).getBytes(StandardCharsets.UTF_8);
    InputStream failing =
        new InputStream() {
          private final InputStream first = new ByteArrayInputStream(head);

          @Override
          public int read() throws IOException {
            int b = first.read();
            if (b < 0) {
              throw new IOException("disk gone");
            }
            return b;
          }
        };
    IOException e =
        catchThrowableOfType(
            IOException.class, () -> CamtReader.camt053().read("f.xml", failing, new ReadFile()));
    assertThat(e).hasMessage("disk gone");
  }

  private static String mutate(String xml, String good, String broken) {
    assertThat(xml).contains(good);
    return xml.replaceFirst(Pattern.quote(good), Matcher.quoteReplacement(broken));
  }

  private static InvalidFileException rejection(BankFileReader reader, byte[] content) {
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class,
            () -> reader.read("broken.xml", new ByteArrayInputStream(content), new ReadFile()));
    assertThat(e).as("the reader must refuse the file").isNotNull();
    return e;
  }
}
