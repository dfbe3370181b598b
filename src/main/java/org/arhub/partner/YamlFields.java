package org.arhub.partner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Reads typed fields out of one YAML mapping, recording a {@link PartnerConfigError} for each bad
 * field (with its dotted path) instead of stopping at the first, so an onboarding report lists all.
 */
final class YamlFields {
  private final Path file;
  private final String path;
  private final Map<?, ?> values;
  private final List<PartnerConfigError> errors;
  private final UnaryOperator<String> placeholders;

  YamlFields(
      Path file,
      String path,
      Map<?, ?> values,
      List<PartnerConfigError> errors,
      UnaryOperator<String> placeholders) {
    this.file = file;
    this.path = path;
    this.values = values;
    this.errors = errors;
    this.placeholders = placeholders;
  }

  String field(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  void error(String key, String problem) {
    errors.add(new PartnerConfigError(file, field(key), problem));
  }

  boolean has(String key) {
    return values.get(key) != null;
  }

  Optional<String> string(String key) {
    Object value = values.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Map || value instanceof List) {
      error(key, "must be a single value, not a " + (value instanceof Map ? "mapping" : "list"));
      return Optional.empty();
    }
    try {
      String resolved = placeholders.apply(value.toString()).trim();
      return resolved.isEmpty() ? Optional.empty() : Optional.of(resolved);
    } catch (RuntimeException e) {
      error(key, "cannot resolve '" + value + "': " + e.getMessage());
      return Optional.empty();
    }
  }

  String requiredString(String key) {
    Optional<String> value = string(key);
    if (value.isEmpty() && !hasError(key)) {
      error(key, "is required");
    }
    return value.orElse(null);
  }

  Optional<Integer> integer(String key, int min, int max) {
    return string(key)
        .flatMap(
            text -> {
              try {
                int value = Integer.parseInt(text);
                if (value < min || value > max) {
                  error(key, "'" + text + "' is out of range (" + min + "-" + max + ")");
                  return Optional.empty();
                }
                return Optional.of(value);
              } catch (NumberFormatException e) {
                error(key, "'" + text + "' is not a whole number");
                return Optional.empty();
              }
            });
  }

  List<String> strings(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    List<?> items = value instanceof List<?> list ? list : List.of(value);
    List<String> out = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Map || item instanceof List) {
        error(key, "must be a list of values");
      } else if (item != null) {
        out.add(placeholders.apply(item.toString()).trim());
      }
    }
    return out;
  }

  Optional<YamlFields> mapping(String key) {
    Object value = values.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Map<?, ?> map)) {
      error(key, "must be a mapping (key: value lines)");
      return Optional.empty();
    }
    return Optional.of(new YamlFields(file, field(key), map, errors, placeholders));
  }

  List<YamlFields> mappings(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      error(key, "must be a list");
      return List.of();
    }
    List<YamlFields> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> map) {
        out.add(new YamlFields(file, field(key) + "[" + i + "]", map, errors, placeholders));
      } else {
        errors.add(new PartnerConfigError(file, field(key) + "[" + i + "]", "must be a mapping"));
      }
    }
    return out;
  }

  /** Unknown keys are usually typos ("hots:"); refusing them beats silently ignoring a setting. */
  void rejectUnknown(Set<String> allowed) {
    for (Object key : values.keySet()) {
      if (!allowed.contains(String.valueOf(key))) {
        error(
            String.valueOf(key),
            "unknown field (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
      }
    }
  }

  private boolean hasError(String key) {
    String name = field(key);
    return errors.stream().anyMatch(e -> e.file().equals(file) && e.field().equals(name));
  }
}
