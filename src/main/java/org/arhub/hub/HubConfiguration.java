package org.arhub.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arhub.cashapp.RuleSet;
import org.arhub.cashapp.RuleSetFile;
import org.arhub.formats.FileReaders;
import org.arhub.formats.InboundFileReader;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the pure core (formats) and the PostgreSQL-backed Camel services into the hub. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ArhubProperties.class)
public class HubConfiguration {
  @Bean
  InboundFileReader inboundFileReader() {
    return new InboundFileReader(FileReaders.standard());
  }

  /** The cash-application rule set: arhub.cash-application.rules-file, else the shipped one. */
  @Bean
  RuleSet cashApplicationRules(ArhubProperties properties) throws IOException {
    Path file = properties.getCashApplication().getRulesFile();
    return file == null
        ? RuleSetFile.standard()
        : RuleSetFile.read(Files.readString(file), file.toString());
  }

  /** Shared by every intake route (and every hub instance on the same database). */
  @Bean
  PostgresFileClaims fileClaims(JdbcTemplate jdbc) {
    return new PostgresFileClaims(jdbc, "sftp-intake");
  }
}
