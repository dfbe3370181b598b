package org.arhub.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inbound files and their bytes. A file is stored before anything reads it; the same bytes are
 * stored once ({@code file_content} is keyed by sha256) and a second arrival of them, under any
 * name, is recorded as DUPLICATE of the first. The partial unique index on live copies is the last
 * fence should two hub instances receive the same bytes at the same moment.
 */
@Repository
public class InboundFileStore {
  private final JdbcTemplate jdbc;
  private final AuditLog audit;

  public InboundFileStore(JdbcTemplate jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public record Arrival(
      String partnerId,
      String feed,
      String originalName,
      Path spooled,
      String sha256,
      long size,
      String node) {}

  public record InboundFile(
      long id,
      String partnerId,
      String feed,
      String originalName,
      long size,
      String sha256,
      String format,
      String status,
      Long duplicateOf,
      String reason,
      Instant receivedAt,
      Instant processedAt) {}

  /**
   * Stores the bytes and the arrival in one transaction; returns the row, DUPLICATE if seen before.
   */
  @Transactional
  public InboundFile receive(Arrival arrival) {
    storeContent(arrival);
    List<Long> inserted =
        jdbc.queryForList(
            """
        insert into inbound_file(partner_id, feed, original_name, size, sha256, status, node)
        values (?, ?, ?, ?, ?, 'RECEIVED', ?)
        on conflict (sha256) where status <> 'DUPLICATE' do nothing
        returning id""",
            Long.class,
            arrival.partnerId(),
            arrival.feed(),
            arrival.originalName(),
            arrival.size(),
            arrival.sha256(),
            arrival.node());
    if (!inserted.isEmpty()) {
      long id = inserted.get(0);
      audit.record(
          "hub",
          "FILE_RECEIVED",
          "inbound_file",
          id,
          Map.of(
              "partner",
              arrival.partnerId(),
              "name",
              arrival.originalName(),
              "sha256",
              arrival.sha256(),
              "size",
              arrival.size()));
      return find(id).orElseThrow();
    }
    long first =
        jdbc.queryForObject(
            "select id from inbound_file where sha256 = ? and status <> 'DUPLICATE'",
            Long.class,
            arrival.sha256());
    long id =
        jdbc.queryForObject(
            """
        insert into inbound_file(partner_id, feed, original_name, size, sha256, status, duplicate_of, processed_at, node,
                                 format, reason)
        select ?, ?, ?, ?, ?, 'DUPLICATE', id, now(), ?, format, 'same content as inbound file ' || id || ' (' || original_name || ')'
        from inbound_file where id = ?
        returning id""",
            Long.class,
            arrival.partnerId(),
            arrival.feed(),
            arrival.originalName(),
            arrival.size(),
            arrival.sha256(),
            arrival.node(),
            first);
    audit.record(
        "hub",
        "FILE_DUPLICATE",
        "inbound_file",
        id,
        Map.of(
            "partner", arrival.partnerId(), "name", arrival.originalName(), "duplicateOf", first));
    return find(id).orElseThrow();
  }

  private void storeContent(Arrival arrival) {
    try (InputStream bytes = Files.newInputStream(arrival.spooled())) {
      jdbc.update(
          con -> {
            var ps =
                con.prepareStatement(
                    "insert into file_content(sha256, size, bytes) values (?, ?, ?) on conflict (sha256) do nothing");
            ps.setString(1, arrival.sha256());
            ps.setLong(2, arrival.size());
            ps.setBinaryStream(3, bytes, arrival.size());
            return ps;
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spooled file " + arrival.spooled(), e);
    }
  }

  @Transactional
  public void markParsed(long id, String format) {
    jdbc.update(
        "update inbound_file set status = 'PARSED', format = ?, processed_at = now() where id = ?",
        format,
        id);
    audit.record("hub", "FILE_PARSED", "inbound_file", id, Map.of("format", format));
  }

  @Transactional
  public void markQuarantined(long id, String format, String reason) {
    jdbc.update(
        "update inbound_file set status = 'QUARANTINED', format = ?, reason = ?, processed_at = now() where id = ?",
        format,
        reason,
        id);
    audit.record("hub", "FILE_QUARANTINED", "inbound_file", id, Map.of("reason", reason));
  }

  public Optional<InboundFile> find(long id) {
    return jdbc.query(SELECT + " where id = ?", ROW, id).stream().findFirst();
  }

  public List<InboundFile> recent(int limit) {
    return jdbc.query(SELECT + " order by id desc limit ?", ROW, limit);
  }

  public List<InboundFile> byStatus(String status) {
    return jdbc.query(SELECT + " where status = ? order by id", ROW, status);
  }

  /** Streams a stored file's bytes to the consumer, e.g. for a replay or a download. */
  public <T> T withContent(String sha256, ContentReader<T> reader) {
    return jdbc.query(
        "select bytes from file_content where sha256 = ?",
        rs -> {
          if (!rs.next()) {
            throw new IllegalStateException("no stored content for sha256 " + sha256);
          }
          try (InputStream in = rs.getBinaryStream(1)) {
            return reader.read(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        sha256);
  }

  @FunctionalInterface
  public interface ContentReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static final String SELECT =
      "select id, partner_id, feed, original_name, size, sha256, format, status, duplicate_of, reason, received_at, processed_at from inbound_file";

  private static final RowMapper<InboundFile> ROW =
      (rs, n) ->
          new InboundFile(
              rs.getLong("id"),
              rs.getString("partner_id"),
              rs.getString("feed"),
              rs.getString("original_name"),
              rs.getLong("size"),
              rs.getString("sha256"),
              rs.getString("format"),
              rs.getString("status"),
              (Long) rs.getObject("duplicate_of"),
              rs.getString("reason"),
              instant(rs.getTimestamp("received_at")),
              instant(rs.getTimestamp("processed_at")));

  private static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
