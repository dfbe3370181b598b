package org.arhub.cashapp.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Clean data for the speed run: customers and one open invoice per payment as COPY-ready CSV, and
 * payments as camt.053.001.08 files of at most {@code perFile} booked credits. Payment i pays
 * invoice i in full and names it in RmtInf/Strd, from its customer's account. Amounts are derived
 * from the index, so a run is reproducible without a seed.
 */
final class SpeedData {
  static final String BANK = "speedbank";
  static final String ACCOUNT = "DE89370400440532013000";
  static final LocalDate BOOKED = LocalDate.of(2026, 11, 2);
  private static final int INVOICES_PER_CUSTOMER = 10;

  private SpeedData() {}

  /** Where the generated files are. */
  record Generated(Path customers, Path accounts, Path invoices, List<Path> payments) {}

  static Generated generate(Path dir, int payments, int perFile) throws IOException {
    int customerCount = Math.max(1, payments / INVOICES_PER_CUSTOMER);
    Path customers = dir.resolve("customers.csv");
    Path accounts = dir.resolve("customer_bank_accounts.csv");
    try (Writer c = writer(customers);
        Writer a = writer(accounts)) {
      for (int k = 1; k <= customerCount; k++) {
        c.write(customer(k) + ",Speed Customer " + k + " GmbH,EUR,NET 30\n");
        a.write(customer(k) + "," + iban(k) + "\n");
      }
    }
    Path invoices = dir.resolve("invoices.csv");
    try (Writer out = writer(invoices)) {
      for (int i = 1; i <= payments; i++) {
        LocalDate issued = BOOKED.minusDays(10 + i % 50);
        out.write(
            invoice(i)
                + ","
                + customer(customerOf(i, customerCount))
                + ",EUR,"
                + issued
                + ","
                + issued.plusDays(30)
                + ","
                + amount(i).toPlainString()
                + ",NET 30\n");
      }
    }
    List<Path> files = new ArrayList<>();
    for (int from = 1, n = 1; from <= payments; from += perFile, n++) {
      Path file = dir.resolve("camt053-%04d.xml".formatted(n));
      camt(file, "SPEED-" + n, from, Math.min(payments, from + perFile - 1), customerCount);
      files.add(file);
    }
    return new Generated(customers, accounts, invoices, files);
  }

  private static void camt(Path file, String messageId, int from, int to, int customerCount)
      throws IOException {
    BigDecimal opening = new BigDecimal("1000.00");
    BigDecimal closing = opening;
    for (int i = from; i <= to; i++) {
      closing = closing.add(amount(i));
    }
    try (Writer out = writer(file)) {
      out.write(
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
          <GrpHdr><MsgId>%1$s</MsgId><CreDtTm>%2$sT18:00:00+01:00</CreDtTm></GrpHdr>
          <Stmt><Id>%1$s-1</Id><CreDtTm>%2$sT18:00:00+01:00</CreDtTm>
          <Acct><Id><IBAN>%3$s</IBAN></Id><Ccy>EUR</Ccy></Acct>
          %4$s
          %5$s
          """
              .formatted(
                  messageId,
                  BOOKED,
                  ACCOUNT,
                  balance("OPBD", opening, BOOKED.minusDays(1)),
                  balance("CLBD", closing, BOOKED)));
      for (int i = from; i <= to; i++) {
        int customer = customerOf(i, customerCount);
        out.write(
            """
            <Ntry><Amt Ccy="EUR">%1$s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>\
            <BookgDt><Dt>%2$s</Dt></BookgDt><ValDt><Dt>%2$s</Dt></ValDt><AcctSvcrRef>N%3$s</AcctSvcrRef>\
            <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>\
            <NtryDtls><TxDtls><Refs><AcctSvcrRef>%3$s</AcctSvcrRef><EndToEndId>E2E%3$s</EndToEndId></Refs>\
            <Amt Ccy="EUR">%1$s</Amt><CdtDbtInd>CRDT</CdtDbtInd>\
            <RltdPties><Dbtr><Pty><Nm>Speed Customer %4$d GmbH</Nm></Pty></Dbtr>\
            <DbtrAcct><Id><IBAN>%5$s</IBAN></Id></DbtrAcct></RltdPties>\
            <RmtInf><Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>%6$s</Nb></RfrdDocInf>\
            <RfrdDocAmt><RmtdAmt Ccy="EUR">%1$s</RmtdAmt></RfrdDocAmt></Strd></RmtInf></TxDtls></NtryDtls></Ntry>
            """
                .formatted(
                    amount(i).toPlainString(),
                    BOOKED,
                    payment(i),
                    customer,
                    iban(customer),
                    invoice(i)));
      }
      out.write("</Stmt></BkToCstmrStmt></Document>\n");
    }
  }

  private static String balance(String type, BigDecimal amount, LocalDate date) {
    return ("<Bal><Tp><CdOrPrtry><Cd>%s</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">%s</Amt>"
            + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%s</Dt></Dt></Bal>")
        .formatted(type, amount.toPlainString(), date);
  }

  static String invoice(int i) {
    return "INV%08d".formatted(i);
  }

  static String payment(int i) {
    return "PAY%08d".formatted(i);
  }

  private static String customer(int k) {
    return "SC%07d".formatted(k);
  }

  private static String iban(int k) {
    return "DE%020d".formatted(k);
  }

  private static int customerOf(int invoice, int customerCount) {
    return (invoice - 1) % customerCount + 1;
  }

  /** 10.00 to 9,999.99, spread so that few invoices share an amount. */
  static BigDecimal amount(int i) {
    long cents = 1_000 + (i * 7_919L) % 998_999;
    return BigDecimal.valueOf(cents, 2);
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
  }
}
