package org.arhub.ledger.gl;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares the GL's balances with the sub-ledger per account, currency and period, and explains
 * each difference. Figures are period movements (debits minus credits); a report of closing
 * balances is turned into movements between the periods it lists, its first period covering all
 * history up to it. For each period: what we posted but the GL has not acknowledged is
 * NOT_TRANSFERRED, what it rejected REJECTED_BY_GL; what remains compares the batches the GL
 * acknowledged with what it shows. A remainder that the adjacent period has with the opposite sign
 * is WRONG_PERIOD; one equal to an acknowledged batch of ours is UNKNOWN (the GL acknowledged it
 * but does not show it); any other is MANUAL_GL_ENTRY. The explanations of a row add up to its
 * difference.
 */
public final class GlReconciliation {
  private GlReconciliation() {}

  public record Explanation(CauseCode cause, BigDecimal amount, String detail) {}

  public record Row(
      String account,
      String currency,
      String period,
      BigDecimal subLedger,
      BigDecimal gl,
      List<Explanation> explanations) {
    public Row {
      explanations = List.copyOf(explanations);
    }

    @JsonProperty("difference")
    public BigDecimal difference() {
      return subLedger.subtract(gl);
    }

    @JsonProperty("reconciled")
    public boolean reconciled() {
      return difference().signum() == 0;
    }
  }

  private record Key(String account, String currency) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byAccount = account.compareTo(other.account);
      return byAccount != 0 ? byAccount : currency.compareTo(other.currency);
    }
  }

  /**
   * @param controlAccounts accounts compared even when the GL report does not list them
   * @param period only this period's rows are returned (neighbours are still used to explain)
   */
  public static List<Row> compare(
      List<GlBalance> gl,
      List<LedgerMovement> ledger,
      GlMapping.BalanceKind kind,
      Collection<String> controlAccounts,
      Optional<String> period) {
    Map<Key, List<GlBalance>> glByKey =
        gl.stream()
            .collect(
                Collectors.groupingBy(
                    b -> new Key(b.account(), b.currency()), TreeMap::new, Collectors.toList()));
    Map<Key, List<LedgerMovement>> ledgerByKey =
        ledger.stream()
            .collect(
                Collectors.groupingBy(
                    m -> new Key(m.account(), m.currency()), TreeMap::new, Collectors.toList()));
    Set<Key> keys = new TreeSet<>();
    keys.addAll(glByKey.keySet());
    ledgerByKey.keySet().stream()
        .filter(k -> controlAccounts.contains(k.account()))
        .forEach(keys::add);
    List<Row> rows = new ArrayList<>();
    for (Key key : keys) {
      rows.addAll(
          compareAccount(
              key,
              glByKey.getOrDefault(key, List.of()),
              ledgerByKey.getOrDefault(key, List.of()),
              kind));
    }
    return rows.stream().filter(r -> period.map(r.period()::equals).orElse(true)).toList();
  }

  private static List<Row> compareAccount(
      Key key, List<GlBalance> gl, List<LedgerMovement> ledger, GlMapping.BalanceKind kind) {
    TreeMap<String, BigDecimal> glByPeriod = new TreeMap<>();
    gl.forEach(b -> glByPeriod.put(b.period(), b.balance()));
    List<String> periods = new ArrayList<>();
    TreeMap<String, BigDecimal> glMovement = new TreeMap<>();
    if (kind == GlMapping.BalanceKind.CLOSING) {
      BigDecimal before = BigDecimal.ZERO;
      for (Map.Entry<String, BigDecimal> e : glByPeriod.entrySet()) {
        periods.add(e.getKey());
        glMovement.put(e.getKey(), e.getValue().subtract(before));
        before = e.getValue();
      }
    } else {
      Set<String> all = new TreeSet<>(glByPeriod.keySet());
      ledger.forEach(m -> all.add(m.period()));
      periods.addAll(all);
      all.forEach(p -> glMovement.put(p, glByPeriod.getOrDefault(p, BigDecimal.ZERO)));
    }
    int n = periods.size();
    BigDecimal[] sub = new BigDecimal[n];
    BigDecimal[] residual = new BigDecimal[n];
    List<List<Explanation>> explanations = new ArrayList<>();
    List<List<LedgerMovement>> spans = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      String from = k == 0 ? null : periods.get(k - 1);
      String to = periods.get(k);
      List<LedgerMovement> span =
          ledger.stream()
              .filter(
                  m ->
                      (from == null || m.period().compareTo(from) > 0)
                          && m.period().compareTo(to) <= 0)
              .toList();
      spans.add(span);
      sub[k] = sum(span);
      List<Explanation> list = new ArrayList<>();
      BigDecimal transit = sum(span.stream().filter(m -> m.state().inTransit()).toList());
      if (transit.signum() != 0) {
        list.add(new Explanation(CauseCode.NOT_TRANSFERRED, transit, transitDetail(span)));
      }
      List<LedgerMovement> rejected =
          span.stream().filter(m -> m.state() == ExportState.REJECTED).toList();
      BigDecimal rejectedSum = sum(rejected);
      if (rejectedSum.signum() != 0) {
        list.add(
            new Explanation(
                CauseCode.REJECTED_BY_GL, rejectedSum, "rejected batch(es) " + batches(rejected)));
      }
      residual[k] = sub[k].subtract(glMovement.get(to)).subtract(transit).subtract(rejectedSum);
      explanations.add(list);
    }
    explainResiduals(periods, residual, spans, explanations, kind);
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      rows.add(
          new Row(
              key.account(),
              key.currency(),
              periods.get(k),
              sub[k],
              glMovement.get(periods.get(k)),
              explanations.get(k)));
    }
    return rows;
  }

  private static void explainResiduals(
      List<String> periods,
      BigDecimal[] residual,
      List<List<LedgerMovement>> spans,
      List<List<Explanation>> explanations,
      GlMapping.BalanceKind kind) {
    boolean[] done = new boolean[periods.size()];
    for (int k = 0; k < periods.size(); k++) {
      BigDecimal r = residual[k];
      if (r.signum() == 0 || done[k]) {
        continue;
      }
      int next = k + 1;
      if (next < periods.size()
          && !done[next]
          && residual[next].compareTo(r.negate()) == 0
          && (kind == GlMapping.BalanceKind.CLOSING
              || AccountingPeriod.next(periods.get(k)).equals(periods.get(next)))) {
        explanations
            .get(k)
            .add(
                new Explanation(
                    CauseCode.WRONG_PERIOD,
                    r,
                    (r.signum() > 0
                            ? "the GL shows this amount in "
                            : "the GL shows here an amount of ")
                        + periods.get(next)));
        explanations
            .get(next)
            .add(
                new Explanation(
                    CauseCode.WRONG_PERIOD,
                    residual[next],
                    "amount belonging to " + periods.get(k)));
        done[k] = true;
        done[next] = true;
        continue;
      }
      Optional<String> batch = acknowledgedBatchOf(spans.get(k), r);
      if (batch.isPresent()) {
        explanations
            .get(k)
            .add(
                new Explanation(
                    CauseCode.UNKNOWN,
                    r,
                    "equals acknowledged batch " + batch.get() + ", which the GL does not show"));
      } else {
        explanations
            .get(k)
            .add(
                new Explanation(
                    CauseCode.MANUAL_GL_ENTRY,
                    r,
                    "the GL shows "
                        + r.abs().toPlainString()
                        + (r.signum() < 0 ? " more" : " less")
                        + " than the batches it acknowledged"));
      }
      done[k] = true;
    }
  }

  private static Optional<String> acknowledgedBatchOf(List<LedgerMovement> span, BigDecimal r) {
    Map<String, BigDecimal> byBatch = new TreeMap<>();
    span.stream()
        .filter(m -> m.state() == ExportState.ACKNOWLEDGED && m.batchId().isPresent())
        .forEach(m -> byBatch.merge(m.batchId().get(), m.net(), BigDecimal::add));
    return byBatch.entrySet().stream()
        .filter(e -> e.getValue().compareTo(r) == 0)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static String transitDetail(List<LedgerMovement> span) {
    List<String> parts = new ArrayList<>();
    if (span.stream()
        .anyMatch(m -> m.state() == ExportState.NOT_EXPORTED && m.net().signum() != 0)) {
      parts.add("not yet exported");
    }
    List<LedgerMovement> pending =
        span.stream().filter(m -> m.state() == ExportState.PENDING).toList();
    if (!pending.isEmpty()) {
      parts.add("pending batch(es) " + batches(pending));
    }
    List<LedgerMovement> sent = span.stream().filter(m -> m.state() == ExportState.SENT).toList();
    if (!sent.isEmpty()) {
      parts.add("sent, not acknowledged: " + batches(sent));
    }
    return String.join("; ", parts);
  }

  private static String batches(List<LedgerMovement> movements) {
    Set<String> ids = new LinkedHashSet<>();
    movements.forEach(m -> m.batchId().ifPresent(ids::add));
    return String.join(", ", ids);
  }

  private static BigDecimal sum(List<LedgerMovement> movements) {
    return movements.stream().map(LedgerMovement::net).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
