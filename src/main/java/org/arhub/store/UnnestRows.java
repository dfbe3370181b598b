package org.arhub.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.PreparedStatementCreator;

/**
 * Rows for one multi-row statement: each column is sent as one array parameter, and the statement
 * reads them back as rows with {@code unnest(?::bigint[], ?::text[], ...)}. One round trip and one
 * statement (one run of its statement-level triggers) for any number of rows, where a JDBC batch
 * would run the statement once per row.
 */
final class UnnestRows {
  /** How a column travels: as bigint[], numeric[] or text[] (cast in SQL to date[], jsonb[]...). */
  enum Type {
    BIGINT("int8"),
    NUMERIC("numeric"),
    TEXT("text");

    private final String sqlName;

    Type(String sqlName) {
      this.sqlName = sqlName;
    }
  }

  private final Type[] types;
  private final List<List<Object>> columns = new ArrayList<>();

  UnnestRows(Type... types) {
    this.types = types.clone();
    for (int i = 0; i < types.length; i++) {
      columns.add(new ArrayList<>());
    }
  }

  void add(Object... row) {
    if (row.length != types.length) {
      throw new IllegalArgumentException(
          "row of " + row.length + " values for " + types.length + " columns");
    }
    for (int i = 0; i < row.length; i++) {
      columns.get(i).add(row[i]);
    }
  }

  int size() {
    return columns.get(0).size();
  }

  boolean isEmpty() {
    return size() == 0;
  }

  /** The statement with one array parameter per column, in column order. */
  PreparedStatementCreator statement(String sql) {
    return con -> {
      PreparedStatement ps = con.prepareStatement(sql);
      for (int i = 0; i < types.length; i++) {
        ps.setArray(i + 1, con.createArrayOf(types[i].sqlName, array(i)));
      }
      return ps;
    };
  }

  private Object[] array(int column) {
    List<Object> values = columns.get(column);
    return switch (types[column]) {
      case BIGINT ->
          values.stream()
              .map(v -> v == null ? null : ((Number) v).longValue())
              .toArray(Long[]::new);
      case NUMERIC -> values.toArray(BigDecimal[]::new);
      case TEXT -> values.stream().map(v -> v == null ? null : v.toString()).toArray(String[]::new);
    };
  }
}
