package org.arhub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.hub.ArhubProperties;
import org.arhub.invoicing.CustomerMaster;
import org.arhub.model.Invoice;
import org.arhub.store.CustomerMasterStore;
import org.arhub.store.MasterDataStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Demo mode: an in-process bank (SFTP) seeded with sample files the project wrote, and a mail
 * catcher. The hub polls the demo bank through the same partner file and route as a real bank; the
 * bank's actual port and keys are published as {@code arhub.demo.bank.*} properties, which {@code
 * partners/demo-bank.yaml} refers to.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoMode.class)
public class DemoConfiguration {
  private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);
  static final String BANK_USER = "arhub";
  static final String OPERATIONS = "operations@arhub-demo.example";

  /** The Demo ERP's customer: a German company that wants its invoices by mail (Factur-X). */
  static final CustomerMaster DEMO_CUSTOMER =
      new CustomerMaster(
          "demo-muster",
          "Muster Handel GmbH",
          Optional.empty(),
          Optional.of("EUR"),
          Optional.of("2/10 NET 30"),
          Optional.empty(),
          Optional.of("DE811111111"),
          Optional.empty(),
          Optional.of("0088:4035811991014"),
          new Invoice.Address(
              Optional.of("Ringstrasse 5"),
              Optional.of("Hamburg"),
              Optional.of("20095"),
              Optional.of("DE")),
          Optional.of("de"),
          List.of("email"),
          List.of("ap@muster-handel.example"));

  @Bean(destroyMethod = "close")
  DemoMailCatcher demoMailCatcher(ArhubProperties properties, ConfigurableEnvironment env) {
    DemoMailCatcher catcher = DemoMailCatcher.start(properties.getDemo().getSmtpPort());
    if (properties.getAlerts().getMailTo().isBlank()) {
      properties.getAlerts().setMailTo(OPERATIONS);
    }
    // invoice mail leaves by camel-mail, configured from spring.mail.*: to the catcher as well
    publish(env, Map.of("spring.mail.host", "localhost", "spring.mail.port", catcher.smtpPort()));
    log.info(
        "demo mail catcher listening for SMTP on port {}; caught mail is shown at /mail and logged",
        catcher.smtpPort());
    return catcher;
  }

  /** All mail the hub sends in demo mode goes to the catcher, never out. */
  @Bean
  JavaMailSenderImpl mailSender(DemoMailCatcher catcher) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("localhost");
    sender.setPort(catcher.smtpPort());
    return sender;
  }

  @Bean(destroyMethod = "close")
  EmbeddedSftpServer demoBank(
      ArhubProperties properties,
      ConfigurableEnvironment env,
      MasterDataStore masterData,
      CustomerMasterStore customers)
      throws IOException {
    // invoices first: the bank's files are applied as soon as they are read
    DemoLedger.loadInto(masterData, properties.getDataDir().resolve("demo-ledger"));
    // the Demo ERP's customer, known before its invoice file is read, wants invoices by mail
    customers.upsert(DEMO_CUSTOMER, Optional.empty(), "demo");
    Path home = properties.getDataDir().resolve("demo-bank").toAbsolutePath();
    Path root = home.resolve("sftp");
    seedOnce(root.resolve("outbox"), home.resolve("seeded"));
    seedOnce("demo/erp-invoices", root.resolve("erp/invoices"), home.resolve("erp-seeded"));
    EmbeddedSftpServer server =
        EmbeddedSftpServer.start(
            root, properties.getDemo().getSftpPort(), home.resolve("keys"), BANK_USER);
    publish(
        env,
        Map.of(
            "arhub.demo.bank.port", server.port(),
            "arhub.demo.bank.user", BANK_USER,
            "arhub.demo.bank.host-key-file",
                server.hostKeyFile().resolveSibling("host_key.pub").toString(),
            "arhub.demo.bank.client-key-file", server.clientKeyFile().toString(),
            "arhub.demo.bank.root", root.toString()));
    log.info("demo bank SFTP server on port {} serving {}", server.port(), root);
    return server;
  }

  private static void publish(ConfigurableEnvironment env, Map<String, Object> values) {
    String name = "arhub-demo-runtime";
    var existing = (MapPropertySource) env.getPropertySources().get(name);
    if (existing == null) {
      env.getPropertySources()
          .addFirst(new MapPropertySource(name, new java.util.HashMap<>(values)));
    } else {
      existing.getSource().putAll(values);
    }
  }

  /**
   * The sample files go to the bank's outbox on the first start only; later starts keep the state.
   */
  private static void seedOnce(Path outbox, Path marker) throws IOException {
    seedOnce("demo/bank-outbox", outbox, marker);
  }

  private static void seedOnce(String samplesFolder, Path outbox, Path marker) throws IOException {
    if (Files.exists(marker)) {
      return;
    }
    Files.createDirectories(outbox);
    Resource[] samples =
        new PathMatchingResourcePatternResolver().getResources("classpath:" + samplesFolder + "/*");
    for (Resource sample : samples) {
      String name = sample.getFilename();
      if (name == null || name.endsWith(".md")) {
        continue;
      }
      try (InputStream in = sample.getInputStream()) {
        Files.copy(in, outbox.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.createDirectories(marker.getParent());
    Files.writeString(marker, "demo files seeded\n");
  }
}
