package org.arhub.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One embedded PostgreSQL server per test JVM, started on first use and stopped by a shutdown hook.
 * Tests isolate themselves by taking a fresh database on it rather than a server of their own:
 * creating a database takes milliseconds, starting a server takes seconds.
 */
public final class TestDatabase {
  private static final String USER = "postgres";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestDatabase() {}

  /**
   * JDBC URL of a database on the shared server; the user is part of the URL, no password needed.
   */
  public static String jdbcUrl(String dbName) {
    return server().getJdbcUrl(USER, dbName);
  }

  /** Creates an empty database with a unique name starting with the prefix. */
  public static DataSource freshDatabase(String prefix) {
    return dataSource(createDatabase(prefix));
  }

  /** A fresh database with the application's Flyway migrations applied. */
  public static DataSource migratedDatabase(String prefix) {
    DataSource dataSource = freshDatabase(prefix);
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return dataSource;
  }

  /**
   * For Spring tests: {@code spring.datasource.url} of a fresh, empty database (Flyway migrates it
   * on startup).
   */
  public static String freshDatabaseUrl(String prefix) {
    return jdbcUrl(createDatabase(prefix));
  }

  private static String createDatabase(String prefix) {
    String name = sanitize(prefix) + "_" + COUNTER.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database \"" + name + "\"");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return name;
  }

  // Test names become database names: keep them legal, unquoted-looking and under the 63-byte
  // limit.
  private static String sanitize(String prefix) {
    String name = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return name.length() > 40 ? name.substring(0, 40) : name;
  }

  private static DataSource dataSource(String dbName) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl(dbName));
    return dataSource;
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      server = start();
    }
    return server;
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder()
          .setDataDirectory(Files.createTempDirectory("arhub-pg-"))
          .setCleanDataDirectory(true)
          // zonky's hook stops the server and deletes the data directory when the JVM exits
          .setRegisterShutdownHook(true)
          // Test data is disposable: skip the disk flushes that make commits slow.
          .setServerConfig("fsync", "off")
          .setServerConfig("full_page_writes", "off")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
  }
}
