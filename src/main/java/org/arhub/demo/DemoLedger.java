package org.arhub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.arhub.formats.ledger.LedgerCsv;
import org.arhub.store.MasterDataStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo customers and open invoices (demo/ledger/*.csv) into an empty database, so the
 * demo bank's payments have invoices to be applied to. A database that has invoices is left alone.
 */
public final class DemoLedger {
  private static final Logger LOG = LoggerFactory.getLogger(DemoLedger.class);

  private DemoLedger() {}

  public static void loadInto(MasterDataStore store, Path workDir) {
    if (store.invoiceCount() > 0) {
      return;
    }
    try {
      Files.createDirectories(workDir);
      Path customers = copy("customers.csv", workDir);
      Path invoices = copy("invoices.csv", workDir);
      var customerRows = LedgerCsv.readCustomers(customers);
      var invoiceRows = LedgerCsv.readInvoices(invoices);
      store.load(customerRows, invoiceRows);
      LOG.info(
          "demo ledger: {} customers and {} open invoices loaded",
          customerRows.size(),
          invoiceRows.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the demo ledger", e);
    }
  }

  private static Path copy(String name, Path workDir) throws IOException {
    Path target = workDir.resolve(name);
    try (InputStream in = DemoLedger.class.getResourceAsStream("/demo/ledger/" + name)) {
      if (in == null) {
        throw new IOException("demo/ledger/" + name + " is not on the class path");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }
}
