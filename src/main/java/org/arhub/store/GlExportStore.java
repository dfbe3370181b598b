package org.arhub.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.arhub.ledger.gl.AccountingPeriod;
import org.arhub.ledger.gl.ExportLine;
import org.arhub.ledger.gl.GlBatchFiles;
import org.arhub.ledger.gl.GlBatchId;
import org.arhub.model.Money;
import org.arhub.store.UnnestRows.Type;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Export batches of journal lines for the GL, a transactional outbox. Creating a batch claims its
 * lines (a line is in exactly one batch: the database's primary key on gl_export_line) and stores
 * its CSV and JSON in the same transaction; delivery reads the stored bytes, so a batch sent again
 * after a crash is the same id with the same content. State: PENDING → SENT → ACKNOWLEDGED or
 * REJECTED, final.
 */
@Repository
public class GlExportStore {
  /** Lines of one batch at most; a period with more is split between whole entries. */
  static final int MAX_LINES = 5_000;

  /**
   * Lines claimed in one transaction at most (whole entries; an entry larger than this alone): a
   * database upgraded with a long history is exported a slice at a time, never loaded at once.
   */
  static final int ROUND_LINES = 10 * MAX_LINES;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final OutboundFileStore outbound;
  private final AuditLog audit;
  private final int roundLines;

  @Autowired
  public GlExportStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this(jdbc, transactionManager, ROUND_LINES);
  }

  GlExportStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, int roundLines) {
    this.roundLines = roundLines;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.outbound = new OutboundFileStore(jdbc);
    this.audit = new AuditLog(jdbc);
  }

  public record Batch(
      String id,
      String target,
      String period,
      String status,
      int entryCount,
      int lineCount,
      String csvSha256,
      String jsonSha256,
      int attempts,
      Optional<String> reason,
      Optional<String> glReference) {
    public String csvName() {
      return id + ".csv";
    }

    public String jsonName() {
      return id + ".json";
    }
  }

  /**
   * Puts every journal line not yet exported into batches per period, for {@code target}; with
   * {@code enqueueFiles} the batch's files also go into the outbound file outbox of the target
   * partner (its SFTP delivery route), in the same transaction. Returns the batches created.
   *
   * <p>The lines are claimed in slices of whole entries, oldest first, at most {@link #ROUND_LINES}
   * lines a transaction. A batch is the lines of one period claimed in one slice (split between
   * entries beyond {@link #MAX_LINES}); its id is the hash of exactly those lines, so a slice
   * claimed again after a crash before its commit makes the same batches with the same ids. A
   * period whose lines span several slices gets a batch per slice, as it does when lines arrive
   * after its first batch.
   */
  public List<Batch> createBatches(String target, GlBatchFiles files, boolean enqueueFiles) {
    List<Batch> created = new ArrayList<>();
    while (true) {
      Slice slice = transactions.execute(status -> createSlice(target, files, enqueueFiles));
      created.addAll(slice.batches());
      if (!slice.more()) {
        return created;
      }
    }
  }

  /** The batches of one slice; {@code more} until a slice finds nothing left to claim. */
  private record Slice(List<Batch> batches, boolean more) {}

  private Slice createSlice(String target, GlBatchFiles files, boolean enqueueFiles) {
    // one exporter at a time, across hub instances: two would race for the same lines
    jdbc.queryForList("select pg_advisory_xact_lock(hashtext('gl_export'))");
    List<ExportLine> slice = unexportedLines();
    Map<String, List<ExportLine>> byPeriod = new LinkedHashMap<>();
    for (ExportLine line : slice) {
      byPeriod
          .computeIfAbsent(AccountingPeriod.of(line.entryDate()), p -> new ArrayList<>())
          .add(line);
    }
    List<Batch> created = new ArrayList<>();
    byPeriod.forEach(
        (period, lines) -> {
          for (List<ExportLine> chunk : chunks(lines)) {
            created.add(create(target, period, chunk, files, enqueueFiles));
          }
        });
    // an empty slice: every line is in a batch
    return new Slice(created, !slice.isEmpty());
  }

  private Batch create(
      String target, String period, List<ExportLine> lines, GlBatchFiles files, boolean enqueue) {
    List<Long> ids = lines.stream().map(ExportLine::lineId).toList();
    String id = GlBatchId.of(period, ids);
    byte[] csv = files.csv(id, period, lines);
    byte[] json = files.json(id, period, lines);
    String csvSha = content(csv);
    String jsonSha = content(json);
    int entries = (int) lines.stream().mapToLong(ExportLine::entryId).distinct().count();
    jdbc.update(
        """
        insert into gl_export_batch(id, target, period, entry_count, line_count, csv_sha256, json_sha256)
        values (?, ?, ?, ?, ?, ?, ?)""",
        id,
        target,
        period,
        entries,
        lines.size(),
        csvSha,
        jsonSha);
    UnnestRows rows = new UnnestRows(Type.BIGINT, Type.TEXT);
    ids.forEach(lineId -> rows.add(lineId, id));
    jdbc.update(
        rows.statement(
            "insert into gl_export_line(journal_line_id, batch_id) select * from unnest(?::bigint[], ?::text[])"));
    if (enqueue) {
      outbound.enqueue(target, "GL_BATCH", id + ".csv", csv, null, null);
      outbound.enqueue(target, "GL_BATCH", id + ".json", json, null, null);
    }
    return batch(id).orElseThrow();
  }

  private String content(byte[] bytes) {
    String sha256 = ContentHash.sha256(bytes);
    jdbc.update(
        "insert into file_content(sha256, size, bytes) values (?, ?, ?) on conflict (sha256) do nothing",
        sha256,
        bytes.length,
        bytes);
    return sha256;
  }

  /** Splits a period's lines (ordered by entry) into batches of whole entries. */
  private static List<List<ExportLine>> chunks(List<ExportLine> lines) {
    List<List<ExportLine>> chunks = new ArrayList<>();
    List<ExportLine> current = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ExportLine line = lines.get(i);
      boolean newEntry = i == 0 || lines.get(i - 1).entryId() != line.entryId();
      if (newEntry && current.size() >= MAX_LINES) {
        chunks.add(current);
        current = new ArrayList<>();
      }
      current.add(line);
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /**
   * The next slice of lines not yet exported: whole entries in the order of their date and id, as
   * many as fit in {@code roundLines} lines (the first entry even when it alone is larger).
   */
  private List<ExportLine> unexportedLines() {
    return jdbc.query(
        """
        with pending as (
          select l.entry_id, count(*) as lines
          from journal_line l
          where not exists (select 1 from gl_export_line x where x.journal_line_id = l.id)
          group by l.entry_id),
        running as (
          select p.entry_id, p.lines,
                 sum(p.lines) over (order by e.entry_date, e.id rows unbounded preceding) as upto
          from pending p join journal_entry e on e.id = p.entry_id),
        slice as (
          select entry_id from running where upto <= ? or upto = lines)
        select e.id as entry_id, e.posting_id, e.entry_date, coalesce(e.event_date, e.entry_date) as event_date,
               e.description, e.source, e.source_ref, l.id as line_id, l.account, l.debit, l.credit, l.currency, l.memo
        from journal_line l
        join journal_entry e on e.id = l.entry_id
        where l.entry_id in (select entry_id from slice)
          and not exists (select 1 from gl_export_line x where x.journal_line_id = l.id)
        order by e.entry_date, e.id, l.id""",
        (rs, n) ->
            new ExportLine(
                rs.getLong("entry_id"),
                rs.getString("posting_id"),
                rs.getDate("entry_date").toLocalDate(),
                rs.getDate("event_date").toLocalDate(),
                rs.getString("description"),
                rs.getString("source"),
                Optional.ofNullable(rs.getString("source_ref")),
                rs.getLong("line_id"),
                rs.getString("account"),
                Money.atScale(rs.getBigDecimal("debit"), rs.getString("currency")),
                Money.atScale(rs.getBigDecimal("credit"), rs.getString("currency")),
                rs.getString("currency"),
                Optional.ofNullable(rs.getString("memo"))),
        roundLines);
  }

  public Optional<Batch> batch(String id) {
    return jdbc.query(SELECT + " where id = ?", (rs, n) -> batch(rs), id).stream().findFirst();
  }

  public List<Batch> batches(Optional<String> period) {
    return period
        .map(
            p ->
                jdbc.query(
                    SELECT + " where period = ? order by created_at, id", (rs, n) -> batch(rs), p))
        .orElseGet(() -> jdbc.query(SELECT + " order by created_at, id", (rs, n) -> batch(rs)));
  }

  private static final String SELECT =
      "select id, target, period, status, entry_count, line_count, csv_sha256, json_sha256, attempts, reason,"
          + " gl_reference from gl_export_batch";

  private static Batch batch(ResultSet rs) throws SQLException {
    return new Batch(
        rs.getString("id"),
        rs.getString("target"),
        rs.getString("period"),
        rs.getString("status"),
        rs.getInt("entry_count"),
        rs.getInt("line_count"),
        rs.getString("csv_sha256"),
        rs.getString("json_sha256"),
        rs.getInt("attempts"),
        Optional.ofNullable(rs.getString("reason")),
        Optional.ofNullable(rs.getString("gl_reference")));
  }

  /**
   * Runs {@code send} for each batch not yet sent (at most {@code limit}; returns how many), under
   * its row lock (SKIP LOCKED: a batch another instance is sending is left to it), in one
   * transaction per batch. What {@code send} returns is the batch's new state, committed with it;
   * should the hub die before that commit, the batch is still unacknowledged and is sent again, the
   * same id with the same bytes.
   */
  public int deliver(String target, int limit, Function<Batch, Delivery> send) {
    // a batch that failed is tried again at the next round, not again and again in this one
    List<String> tried = new ArrayList<>();
    while (tried.size() < limit) {
      Optional<String> attempted =
          transactions.execute(
              status -> {
                List<Batch> claimed =
                    jdbc.query(
                        con -> {
                          var ps =
                              con.prepareStatement(
                                  SELECT
                                      + " where target = ? and status = 'PENDING' and id <> all (?)"
                                      + " order by created_at, id limit 1 for update skip locked");
                          ps.setString(1, target);
                          ps.setArray(2, con.createArrayOf("text", tried.toArray()));
                          return ps;
                        },
                        (rs, n) -> batch(rs));
                if (claimed.isEmpty()) {
                  return Optional.<String>empty();
                }
                Batch batch = claimed.get(0);
                record(batch, send.apply(batch));
                return Optional.of(batch.id());
              });
      if (attempted.isEmpty()) {
        break;
      }
      tried.add(attempted.get());
    }
    return tried.size();
  }

  /** What became of one attempt to send a batch. */
  public record Delivery(String status, Optional<String> reason, Optional<String> glReference) {
    public static Delivery sent() {
      return new Delivery("SENT", Optional.empty(), Optional.empty());
    }

    public static Delivery acknowledged(Optional<String> glReference) {
      return new Delivery("ACKNOWLEDGED", Optional.empty(), glReference);
    }

    public static Delivery rejected(String reason) {
      return new Delivery("REJECTED", Optional.of(reason), Optional.empty());
    }

    /** Not delivered; the batch stays as it was and is tried again. */
    public static Delivery failed(String reason) {
      return new Delivery("FAILED", Optional.of(reason), Optional.empty());
    }
  }

  private void record(Batch batch, Delivery delivery) {
    switch (delivery.status()) {
      case "FAILED" ->
          jdbc.update(
              "update gl_export_batch set attempts = attempts + 1, reason = ? where id = ?",
              delivery.reason().orElse(null),
              batch.id());
      case "SENT" ->
          jdbc.update(
              "update gl_export_batch set status = 'SENT', attempts = attempts + 1, sent_at = now(), reason = null"
                  + " where id = ?",
              batch.id());
      default -> acknowledge(batch.id(), delivery, "gl:" + batch.target());
    }
  }

  /**
   * The GL's answer for a batch: ACKNOWLEDGED or REJECTED with a reason. An answer for a batch
   * already answered the same way changes nothing; a contradicting one is refused by the database.
   */
  public Batch acknowledge(String id, Delivery answer, String actor) {
    Batch batch =
        batch(id).orElseThrow(() -> new IllegalArgumentException("no GL export batch " + id));
    if (batch.status().equals(answer.status())) {
      return batch;
    }
    jdbc.update(
        """
        update gl_export_batch set status = ?, acknowledged_at = now(), sent_at = coalesce(sent_at, now()),
               attempts = attempts + case when status = 'PENDING' then 1 else 0 end, reason = ?, gl_reference = ?
        where id = ?""",
        answer.status(),
        answer.reason().orElse(null),
        answer.glReference().orElse(null),
        id);
    audit.record(
        actor,
        "GL_BATCH_" + answer.status(),
        "gl_export_batch",
        id,
        Map.of(
            "reason", answer.reason().orElse(""), "glReference", answer.glReference().orElse("")));
    return batch(id).orElseThrow();
  }

  /** Marks the batches whose files the outbound delivery has sent (SFTP targets) as SENT. */
  public int filesSent(String target) {
    return jdbc.update(
        """
        update gl_export_batch b set status = 'SENT', sent_at = now(), attempts = attempts + 1
        where b.target = ? and b.status = 'PENDING'
          and (select count(*) from outbound_file f
               where f.partner_id = b.target and f.kind = 'GL_BATCH' and f.status = 'SENT'
                 and f.file_name in (b.id || '.csv', b.id || '.json')) = 2""",
        target);
  }

  /** A batch file's stored bytes. */
  public byte[] bytes(String sha256) {
    return outbound.content(sha256);
  }
}
