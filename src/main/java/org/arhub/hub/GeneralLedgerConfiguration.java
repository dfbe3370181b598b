package org.arhub.hub;

import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.gl.GlMapping;
import org.arhub.store.GeneralLedgerStore;
import org.arhub.store.GlExportStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The general ledger's mappings, read and validated at start-up: a chart of accounts that leaves an
 * event without an account, or a GL export mapping with a bad column, stops the start with the
 * file, the key and (for the chart) the event.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GeneralLedgerProperties.class)
public class GeneralLedgerConfiguration {

  @Bean
  ChartOfAccounts chartOfAccounts() {
    return ChartOfAccounts.standard();
  }

  @Bean
  GlMapping glMapping() {
    return GlMapping.standard();
  }

  @Bean("glExport")
  GlExport glExport(
      GeneralLedgerStore ledger,
      GlExportStore exports,
      ChartOfAccounts chart,
      GlMapping mapping,
      GeneralLedgerProperties properties,
      Alerts alerts) {
    return new GlExport(ledger, exports, chart, mapping, properties, alerts);
  }
}
