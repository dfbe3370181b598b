package org.arhub.hub;

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

  /** Shared by every intake route (and every hub instance on the same database). */
  @Bean
  PostgresFileClaims fileClaims(JdbcTemplate jdbc) {
    return new PostgresFileClaims(jdbc, "sftp-intake");
  }
}
