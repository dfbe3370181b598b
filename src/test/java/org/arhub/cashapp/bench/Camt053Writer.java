package org.arhub.cashapp.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.arhub.cashapp.bench.LabelledPayment.Document;

/**
 * Writes labelled payments as one camt.053.001.08 statement of the hub's euro account: one booked
 * credit Ntry per payment with one TxDtls whose Refs/AcctSvcrRef is the payment id, EndToEndId the
 * trace (else NOTPROVIDED), Dbtr/DbtrAcct the payer, RmtInf the Ustrd lines and one Strd per
 * document (RfrdDocInf/Nb, RfrdDocAmt DuePyblAmt and RmtdAmt). Balances are continuous.
 */
final class Camt053Writer {
  static final String ACCOUNT = "DE89370400440532013000";

  private Camt053Writer() {}

  static void write(Path file, String messageId, LocalDate day, List<LabelledPayment> payments)
      throws IOException {
    BigDecimal opening = new BigDecimal("250000.00");
    BigDecimal closing = opening;
    for (LabelledPayment p : payments) {
      closing = closing.add(p.amount());
    }
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.write(
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
            <BkToCstmrStmt>
              <GrpHdr>
                <MsgId>%1$s</MsgId>
                <CreDtTm>%2$sT18:00:00+01:00</CreDtTm>
              </GrpHdr>
              <Stmt>
                <Id>%1$s-1</Id>
                <CreDtTm>%2$sT18:00:00+01:00</CreDtTm>
                <Acct>
                  <Id>
                    <IBAN>%3$s</IBAN>
                  </Id>
                  <Ccy>EUR</Ccy>
                </Acct>
          %4$s%5$s"""
              .formatted(
                  messageId,
                  day,
                  ACCOUNT,
                  balance("OPBD", opening, day.minusDays(1)),
                  balance("CLBD", closing, day)));
      for (LabelledPayment p : payments) {
        entry(out, p, day);
      }
      out.write("    </Stmt>\n  </BkToCstmrStmt>\n</Document>\n");
    }
  }

  private static String balance(String type, BigDecimal amount, LocalDate date) {
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
        .formatted(type, amount.toPlainString(), date);
  }

  private static void entry(Writer out, LabelledPayment p, LocalDate day) throws IOException {
    String amount = p.amount().toPlainString();
    out.write(
        """
              <Ntry>
                <Amt Ccy="EUR">%1$s</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd>
                <Sts>
                  <Cd>BOOK</Cd>
                </Sts>
                <BookgDt>
                  <Dt>%2$s</Dt>
                </BookgDt>
                <ValDt>
                  <Dt>%2$s</Dt>
                </ValDt>
                <AcctSvcrRef>N%3$s</AcctSvcrRef>
                <BkTxCd>
                  <Domn>
                    <Cd>PMNT</Cd>
                    <Fmly>
                      <Cd>RCDT</Cd>
                      <SubFmlyCd>%4$s</SubFmlyCd>
                    </Fmly>
                  </Domn>
                </BkTxCd>
                <NtryDtls>
                  <TxDtls>
                    <Refs>
                      <AcctSvcrRef>%3$s</AcctSvcrRef>
                      <EndToEndId>%5$s</EndToEndId>
                    </Refs>
                    <Amt Ccy="EUR">%1$s</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
        """
            .formatted(
                amount,
                day,
                p.id(),
                p.complication() == Complication.BANK_CHARGES ? "XBCT" : "ESCT",
                p.trace().orElse("NOTPROVIDED")));
    if (p.complication() == Complication.BANK_CHARGES && !p.documents().isEmpty()) {
      out.write(
          """
                      <AmtDtls>
                        <InstdAmt>
                          <Amt Ccy="EUR">%s</Amt>
                        </InstdAmt>
                      </AmtDtls>
          """
              .formatted(p.documents().get(0).due().orElse(p.amount()).toPlainString()));
    }
    parties(out, p);
    remittance(out, p);
    out.write("          </TxDtls>\n        </NtryDtls>\n      </Ntry>\n");
  }

  private static void parties(Writer out, LabelledPayment p) throws IOException {
    out.write("            <RltdPties>\n");
    if (p.payer().name().isPresent()) {
      out.write(
          "              <Dbtr>\n                <Pty>\n                  <Nm>%s</Nm>\n"
                  .formatted(xml(p.payer().name().get()))
              + "                </Pty>\n              </Dbtr>\n");
    }
    if (p.payer().account().isPresent()) {
      out.write(
          "              <DbtrAcct>\n                <Id>\n                  <IBAN>%s</IBAN>\n"
                  .formatted(p.payer().account().get())
              + "                </Id>\n              </DbtrAcct>\n");
    }
    out.write("            </RltdPties>\n");
  }

  private static void remittance(Writer out, LabelledPayment p) throws IOException {
    if (p.text().isEmpty() && p.documents().isEmpty()) {
      return;
    }
    out.write("            <RmtInf>\n");
    for (String line : p.text()) {
      out.write("              <Ustrd>%s</Ustrd>\n".formatted(xml(line)));
    }
    for (Document d : p.documents()) {
      out.write(
          """
                        <Strd>
                          <RfrdDocInf>
                            <Tp>
                              <CdOrPrtry>
                                <Cd>CINV</Cd>
                              </CdOrPrtry>
                            </Tp>
                            <Nb>%s</Nb>
                          </RfrdDocInf>
          """
              .formatted(xml(d.reference())));
      if (d.due().isPresent() || d.paid().isPresent()) {
        out.write("                <RfrdDocAmt>\n");
        if (d.due().isPresent()) {
          out.write(amount("DuePyblAmt", d.due().get()));
        }
        if (d.paid().isPresent()) {
          out.write(amount("RmtdAmt", d.paid().get()));
        }
        out.write("                </RfrdDocAmt>\n");
      }
      out.write("              </Strd>\n");
    }
    out.write("            </RmtInf>\n");
  }

  private static String amount(String element, BigDecimal amount) {
    return "                  <%1$s Ccy=\"EUR\">%2$s</%1$s>\n"
        .formatted(element, amount.toPlainString());
  }

  static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
