package org.arhub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.arhub.cashapp.Customer;
import org.arhub.cashapp.OpenInvoice;
import org.arhub.cashapp.OpenItemIndex;
import org.arhub.cashapp.PaymentTerms;
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

  @Test
  void theDiscountWindowFollowsTheTermsEndOfMonthRule() {
    PaymentTerms endOfMonth = PaymentTerms.parse("2/10 NET30 EOM");
    LocalDate issued = LocalDate.of(2026, 11, 5);
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
    tx.executeWithoutResult(
        s ->
            store.load(
                List.of(
                    new Customer("C9", "Nine Ltd", List.of(), Optional.empty(), Optional.empty())),
                List.of(
                    new OpenInvoice(
                        "INV-EOM",
                        "C9",
                        "EUR",
                        issued,
                        endOfMonth.dueDate(issued),
                        new BigDecimal("100.00"),
                        new BigDecimal("100.00"),
                        endOfMonth))));

    LocalDate until =
        jdbc.queryForObject(
            "select discount_until from invoice where number = 'INV-EOM'", LocalDate.class);
    assertThat(until)
        .as("ten days after the end of the month of issue, as the engine reads the terms")
        .isEqualTo(LocalDate.of(2026, 12, 10))
        .isEqualTo(endOfMonth.discountUntil(issued));
  }
}
