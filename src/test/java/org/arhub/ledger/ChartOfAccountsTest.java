package org.arhub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartOfAccountsTest {
  private static final String ACCOUNTS =
      """
      accounts:
        bank: "1200"
        receivables: "1100"
        unapplied_cash: "2400"
        on_account: "2410"
        discounts_allowed: 4900
        write_offs: "6800"
        disputes: "1150"
        revenue: "4000"
        tax_payable: "1776"
        fx_gain: "4840"
        fx_loss: "6880"
        opening_balance: "9000"
      """;

  private static ChartOfAccounts chart(String rules) {
    return ChartOfAccountsFile.read("company: \"1000\"\n" + ACCOUNTS + rules, "chart.yaml");
  }

  @Test
  void theShippedChartMapsEveryEvent() {
    ChartOfAccounts chart = ChartOfAccounts.standard();

    for (LedgerEvent event : LedgerEvent.values()) {
      for (AccountRole role : event.roles()) {
        assertThat(chart.account(event, role, PostingContext.of("EUR"))).isNotBlank();
      }
    }
    assertThat(chart.fx().postsFxDifferences()).isFalse();
  }

  @Test
  void anUnmappedEventStopsTheStartNamingTheEventAndTheFile() {
    String yaml = ACCOUNTS.replace("  tax_payable: \"1776\"\n", "");

    assertThatThrownBy(() -> ChartOfAccountsFile.read(yaml, "mappings/ledger/ar-accounts.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mappings/ledger/ar-accounts.yaml: ")
        .hasMessageContaining("event invoice_issued has no account for tax_payable")
        .hasMessageContaining("event credit_note has no account for tax_payable")
        .hasMessageContaining("accounts.tax_payable");
  }

  @Test
  void aRuleForTheEventAloneMapsItToo() {
    String yaml =
        ACCOUNTS.replace("  fx_loss: \"6880\"\n", "")
            + """
            rules:
              - when: { event: fx_difference }
                accounts: { fx_loss: "6881" }
            """;

    ChartOfAccounts chart = ChartOfAccountsFile.read(yaml, "c.yaml");

    assertThat(
            chart.account(LedgerEvent.FX_DIFFERENCE, AccountRole.FX_LOSS, PostingContext.of("EUR")))
        .isEqualTo("6881");
  }

  @Test
  void theMostSpecificMatchingRuleWins() {
    ChartOfAccounts chart =
        chart(
            """
            rules:
              - when: { currency: USD }
                accounts: { receivables: "1101" }
              - when: { currency: USD, customer_group: intercompany }
                accounts: { receivables: "1181" }
              - when: { customer_group: intercompany }
                accounts: { receivables: "1180" }
              - when: { event: invoice_issued, tax_category: S, tax_rate: "7.0" }
                accounts: { revenue: "4300" }
            """);
    PostingContext usd = PostingContext.of("USD");
    PostingContext group = PostingContext.of("EUR").withCustomerGroup(Optional.of("intercompany"));

    assertThat(chart.account(LedgerEvent.APPLICATION, AccountRole.RECEIVABLES, usd))
        .isEqualTo("1101");
    assertThat(
            chart.account(
                LedgerEvent.APPLICATION,
                AccountRole.RECEIVABLES,
                usd.withCustomerGroup(Optional.of("intercompany"))))
        .isEqualTo("1181");
    assertThat(chart.account(LedgerEvent.INVOICE_ISSUED, AccountRole.RECEIVABLES, group))
        .isEqualTo("1180");
    assertThat(
            chart.account(
                LedgerEvent.INVOICE_ISSUED,
                AccountRole.REVENUE,
                group.withTax("S", new BigDecimal("7"))))
        .isEqualTo("4300");
    assertThat(
            chart.account(
                LedgerEvent.CREDIT_NOTE,
                AccountRole.REVENUE,
                group.withTax("S", new BigDecimal("7"))))
        .isEqualTo("4000");
    assertThat(chart.receivablesAccounts()).containsExactly("1100", "1101", "1181", "1180");
    // a customer's open invoices are on receivables or, while disputed, on disputed receivables
    assertThat(chart.arControlAccounts()).containsExactly("1100", "1101", "1181", "1180", "1150");
  }

  @Test
  void cashPostedBeforeTheCustomerIsKnownCannotDependOnTheGroup() {
    assertThatThrownBy(
            () ->
                chart(
                    """
                    rules:
                      - when: { customer_group: key }
                        accounts: { bank: "1201", unapplied_cash: "2401" }
                    """))
        .hasMessageContaining(
            "rules[0]: bank is posted before the customer is known and cannot depend on customer_group")
        .hasMessageContaining("rules[0]: unapplied_cash is posted before");
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                chart(
                    """
                    ledger: x
                    rules:
                      - when: { event: invoice_paid, colour: red }
                        accounts: { cash: "1000" }
                    """))
        .hasMessageStartingWith("chart.yaml: ")
        .hasMessageContaining("unknown key 'ledger'")
        .hasMessageContaining("rules[0].when: unknown selector 'colour'")
        .hasMessageContaining("rules[0].when.event: unknown event 'invoice_paid'")
        .hasMessageContaining("rules[0].accounts: unknown account role 'cash'");
  }

  @Test
  void anEmptyAccountIsRefused() {
    assertThatThrownBy(
            () -> ChartOfAccountsFile.read(ACCOUNTS.replace("\"6800\"", "\"\""), "l.yaml"))
        .hasMessageContaining("accounts.write_offs: expected a value");
  }

  @Test
  void aFileThatIsNoMappingIsRefused() {
    assertThatThrownBy(() -> ChartOfAccountsFile.read("- bank", "l.yaml"))
        .hasMessageStartingWith("l.yaml: expected a mapping");
  }
}
