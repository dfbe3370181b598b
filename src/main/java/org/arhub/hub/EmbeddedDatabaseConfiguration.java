package org.arhub.hub;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url}, a real PostgreSQL runs inside the
 * hub with its data under {@code <data-dir>/postgres}, so a restart keeps the state.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfiguration {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(ArhubProperties properties) throws IOException {
    Path dir = properties.getDataDir().resolve("postgres").toAbsolutePath();
    Files.createDirectories(dir);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            .setCleanDataDirectory(false)
            .setServerConfig("max_connections", "50");
    if (properties.getEmbeddedDb().getPort() > 0) {
      builder.setPort(properties.getEmbeddedDb().getPort());
    }
    EmbeddedPostgres postgres = builder.start();
    log.info("embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dir);
    return postgres;
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    ds.setUsername("postgres");
    ds.setMaximumPoolSize(10);
    ds.setPoolName("arhub-embedded");
    return ds;
  }
}
