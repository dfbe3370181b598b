package org.arhub.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GL accounts cash application posts to (mappings/ledger/ar-accounts.yaml). Read once at start;
 * a missing, unknown or empty key is an error naming the file and the key.
 */
public record ArAccounts(
    String bank,
    String receivables,
    String unappliedCash,
    String onAccount,
    String discountsAllowed,
    String writeOffs,
    String disputes) {
  static final String FILE = "mappings/ledger/ar-accounts.yaml";
  static final List<String> KEYS =
      List.of(
          "bank",
          "receivables",
          "unapplied_cash",
          "on_account",
          "discounts_allowed",
          "write_offs",
          "disputes");

  /** The accounts shipped in the jar. */
  public static ArAccounts standard() {
    try (InputStream in = ArAccounts.class.getResourceAsStream("/" + FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is not on the class path");
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), FILE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + FILE + ": " + e.getMessage(), e);
    }
  }

  public static ArAccounts read(String yaml, String name) {
    Object root;
    try (Reader reader = new StringReader(yaml)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(
          name + ": expected a mapping of " + String.join(", ", KEYS) + " to account numbers");
    }
    List<String> problems = new ArrayList<>();
    for (Object key : map.keySet()) {
      if (!KEYS.contains(String.valueOf(key))) {
        problems.add("unknown key '" + key + "' (known: " + String.join(", ", KEYS) + ")");
      }
    }
    Map<String, String> accounts = new LinkedHashMap<>();
    for (String key : KEYS) {
      Object value = map.get(key);
      if (!map.containsKey(key)) {
        problems.add(key + ": missing");
      } else if (!(value instanceof String || value instanceof Number)
          || String.valueOf(value).isBlank()) {
        problems.add(key + ": expected an account number, found '" + value + "'");
      } else {
        accounts.put(key, String.valueOf(value).trim());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + ": " + String.join("; ", problems));
    }
    return new ArAccounts(
        accounts.get("bank"),
        accounts.get("receivables"),
        accounts.get("unapplied_cash"),
        accounts.get("on_account"),
        accounts.get("discounts_allowed"),
        accounts.get("write_offs"),
        accounts.get("disputes"));
  }
}
