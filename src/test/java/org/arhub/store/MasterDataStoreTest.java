package org.arhub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.arhub.cashapp.Customer;
import org.arhub.cashapp.OpenItemIndex;
import org.arhub.formats.ledger.LedgerCsv;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customers and invoices from customers.csv / invoices.csv into the store, and back as open items.
 */
class MasterDataStoreTest {
  private static final Path APPLY = Path.of("src/test/resources/cashapp/apply");

  private final DataSource db = TestDatabase.migratedDatabase("masterdata");
  private final JdbcTemplate jdbc = new JdbcTemplate(db);
  private final MasterDataStore store = new MasterDataStore(jdbc);

  @Test
  void loadsOnceAndTheOpenItemsCarryAccountsParentsGroupsAndOpenAmounts() throws Exception {
    List<Customer> customers = LedgerCsv.readCustomers(APPLY.resolve("customers.csv"));
    var invoices = LedgerCsv.readInvoices(APPLY.resolve("invoices.csv"));
    List<Customer> withGroup =
        customers.stream()
            .map(
                c ->
                    c.id().equals("C300")
                        ? new Customer(
                            c.id(),
                            c.name(),
                            c.bankAccounts(),
                            c.parentId(),
                            Optional.of("KEY_ACCOUNTS"))
                        : c)
            .toList();
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
    tx.executeWithoutResult(s -> store.load(withGroup, invoices));
    tx.executeWithoutResult(s -> store.load(withGroup, invoices));

    assertThat(store.invoiceCount())
        .as("INV-6002 is paid elsewhere")
        .isEqualTo(invoices.size() - 1);
    OpenItemIndex index =
        new CashApplicationStore(jdbc, new DataSourceTransactionManager(db)).loadOpenItems();
    assertThat(index.customerByAccount("GB94 BARC 1020 1530 0934 59")).hasValue("C300");
    assertThat(index.customer("C300").flatMap(Customer::group)).hasValue("KEY_ACCOUNTS");
    assertThat(index.customer("C210").flatMap(Customer::parentId)).hasValue("C200");
    assertThat(index.invoice("INV-1001").orElseThrow().terms().discountPercent())
        .isEqualByComparingTo("2");
    assertThat(index.openInvoices("C500")).extracting(i -> i.number()).containsExactly("INV-6001");
  }
}
