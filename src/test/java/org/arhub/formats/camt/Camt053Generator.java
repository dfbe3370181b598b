package org.arhub.formats.camt;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

/**
 * Writes a large, realistic, pretty-printed camt.053.001.08 statement entry by entry (nothing held
 * in memory): each credit entry carries one TxDtls with references, debtor and creditor with
 * address and IBAN, the debtor's agent, an invoice (RfrdDocInf + RfrdDocAmt) and an ISO 11649 RF
 * reference, the way SEPA credit transfers arrive from a bank. Balances are continuous.
 */
final class Camt053Generator {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private static final String[] NAMES = {
    "Muster Handel GmbH",
    "Nordwind Logistik AG",
    "Boulangerie Dupont SARL",
    "Van der Berg B.V.",
    "Rossi Costruzioni S.p.A.",
    "Acme Industrial Supply Ltd",
    "Kowalski i Synowie Sp. z o.o.",
    "Hansen &amp; Partner ApS"
  };
  private static final String[] TOWNS = {
    "Berlin", "Zuerich", "Lyon", "Utrecht", "Milano", "Leeds", "Krakow", "Aarhus"
  };
  private static final String[] BICS = {
    "DEUTDEFFXXX",
    "UBSWCHZH80A",
    "BNPAFRPPXXX",
    "RABONL2UXXX",
    "UNCRITMMXXX",
    "NWBKGB2LXXX",
    "PKOPPLPWXXX",
    "DABADKKKXXX"
  };

  private Camt053Generator() {}

  /** Writes a statement with {@code entries} credit entries; returns nothing but the file. */
  static void write(Writer out, int entries) throws IOException {
    BigDecimal opening = new BigDecimal("125000.00");
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < entries; i++) {
      total = total.add(amount(i));
    }
    out.write(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <BkToCstmrStmt>
            <GrpHdr>
              <MsgId>BENCH-%1$s-%2$d</MsgId>
              <CreDtTm>%1$sT18:05:00+01:00</CreDtTm>
              <MsgPgntn>
                <PgNb>1</PgNb>
                <LastPgInd>true</LastPgInd>
              </MsgPgntn>
            </GrpHdr>
            <Stmt>
              <Id>STMT-%1$s-0001</Id>
              <ElctrncSeqNb>321</ElctrncSeqNb>
              <CreDtTm>%1$sT18:05:00+01:00</CreDtTm>
              <FrToDt>
                <FrDtTm>%1$sT00:00:00+01:00</FrDtTm>
                <ToDtTm>%1$sT23:59:59+01:00</ToDtTm>
              </FrToDt>
              <Acct>
                <Id>
                  <IBAN>DE89370400440532013000</IBAN>
                </Id>
                <Ccy>EUR</Ccy>
                <Ownr>
                  <Nm>Arhub Demo Receivables GmbH</Nm>
                </Ownr>
                <Svcr>
                  <FinInstnId>
                    <BICFI>COBADEFFXXX</BICFI>
                  </FinInstnId>
                </Svcr>
              </Acct>
        %3$s%4$s"""
            .formatted(
                DAY, entries, balance("OPBD", opening), balance("CLBD", opening.add(total))));
    for (int i = 0; i < entries; i++) {
      out.write(entry(i));
    }
    out.write(
        """
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """);
  }

  static BigDecimal amount(int i) {
    return BigDecimal.valueOf(1000 + (i * 7919L) % 2_500_000, 2);
  }

  private static String balance(String type, BigDecimal amount) {
    return """
              <Bal>
                <Tp>
                  <CdOrPrtry>
                    <Cd>%s</Cd>
                  </CdOrPrtry>
                </Tp>
                <Amt Ccy="EUR">%s</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd>
                <Dt>
                  <Dt>%s</Dt>
                </Dt>
              </Bal>
        """
        .formatted(type, amount.toPlainString(), DAY);
  }

  private static String entry(int i) {
    int p = i % NAMES.length;
    String invoice = "INV-2026-" + String.format("%07d", i + 1);
    return """
              <Ntry>
                <NtryRef>%1$d</NtryRef>
                <Amt Ccy="EUR">%2$s</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd>
                <Sts>
                  <Cd>BOOK</Cd>
                </Sts>
                <BookgDt>
                  <Dt>%3$s</Dt>
                </BookgDt>
                <ValDt>
                  <Dt>%3$s</Dt>
                </ValDt>
                <AcctSvcrRef>2026112000%1$08d</AcctSvcrRef>
                <BkTxCd>
                  <Domn>
                    <Cd>PMNT</Cd>
                    <Fmly>
                      <Cd>RCDT</Cd>
                      <SubFmlyCd>ESCT</SubFmlyCd>
                    </Fmly>
                  </Domn>
                  <Prtry>
                    <Cd>NTRF+166</Cd>
                    <Issr>DK</Issr>
                  </Prtry>
                </BkTxCd>
                <NtryDtls>
                  <TxDtls>
                    <Refs>
                      <AcctSvcrRef>TX2026112000%1$08d</AcctSvcrRef>
                      <InstrId>INSTR%1$010d</InstrId>
                      <EndToEndId>E2E-%4$s</EndToEndId>
                      <UETR>5f1a2b3c-4d5e-4f60-8a7b-%1$012d</UETR>
                    </Refs>
                    <Amt Ccy="EUR">%2$s</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    <AmtDtls>
                      <InstdAmt>
                        <Amt Ccy="EUR">%2$s</Amt>
                      </InstdAmt>
                      <TxAmt>
                        <Amt Ccy="EUR">%2$s</Amt>
                      </TxAmt>
                    </AmtDtls>
                    <RltdPties>
                      <Dbtr>
                        <Pty>
                          <Nm>%5$s</Nm>
                          <PstlAdr>
                            <StrtNm>Hauptstrasse</StrtNm>
                            <BldgNb>%6$d</BldgNb>
                            <PstCd>%7$05d</PstCd>
                            <TwnNm>%8$s</TwnNm>
                            <Ctry>DE</Ctry>
                          </PstlAdr>
                        </Pty>
                      </Dbtr>
                      <DbtrAcct>
                        <Id>
                          <IBAN>DE02120300000000%1$06d</IBAN>
                        </Id>
                      </DbtrAcct>
                      <Cdtr>
                        <Pty>
                          <Nm>Arhub Demo Receivables GmbH</Nm>
                        </Pty>
                      </Cdtr>
                      <CdtrAcct>
                        <Id>
                          <IBAN>DE89370400440532013000</IBAN>
                        </Id>
                      </CdtrAcct>
                    </RltdPties>
                    <RltdAgts>
                      <DbtrAgt>
                        <FinInstnId>
                          <BICFI>%9$s</BICFI>
                        </FinInstnId>
                      </DbtrAgt>
                    </RltdAgts>
                    <RmtInf>
                      <Strd>
                        <RfrdDocInf>
                          <Tp>
                            <CdOrPrtry>
                              <Cd>CINV</Cd>
                            </CdOrPrtry>
                          </Tp>
                          <Nb>%4$s</Nb>
                          <RltdDt>2026-10-21</RltdDt>
                        </RfrdDocInf>
                        <RfrdDocAmt>
                          <DuePyblAmt Ccy="EUR">%2$s</DuePyblAmt>
                          <RmtdAmt Ccy="EUR">%2$s</RmtdAmt>
                        </RfrdDocAmt>
                        <CdtrRefInf>
                          <Tp>
                            <CdOrPrtry>
                              <Cd>SCOR</Cd>
                            </CdOrPrtry>
                          </Tp>
                          <Ref>%10$s</Ref>
                        </CdtrRefInf>
                      </Strd>
                    </RmtInf>
                    <RltdDts>
                      <AccptncDtTm>%3$sT09:12:44</AccptncDtTm>
                    </RltdDts>
                  </TxDtls>
                </NtryDtls>
                <AddtlNtryInf>SEPA Credit Transfer %5$s</AddtlNtryInf>
              </Ntry>
        """
        .formatted(
            i + 1,
            amount(i).toPlainString(),
            DAY,
            invoice,
            NAMES[p],
            1 + i % 120,
            10000 + i % 89999,
            TOWNS[p],
            BICS[p],
            rfReference(String.format("%07d", i + 1)));
  }

  /** An ISO 11649 reference with correct check digits for {@code body}. */
  static String rfReference(String body) {
    StringBuilder digits = new StringBuilder();
    for (char c : (body + "RF00").toCharArray()) {
      digits.append(Character.getNumericValue(c));
    }
    int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    return String.format("RF%02d%s", check, body);
  }
}
