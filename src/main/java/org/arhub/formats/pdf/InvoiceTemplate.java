package org.arhub.formats.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An HTML template with a small, logic-less placeholder syntax (a subset of Mustache): {@code
 * {{name}}} prints a value, always XML-escaped, so no invoice text can add markup or script; {@code
 * {{#name}}...{{/name}}} repeats its part for each item of a list, shows it once for a value that
 * is there ({@code true}, a non-empty text, a map whose names then apply inside), and skips it
 * otherwise. There is no raw output and no expression: what the page shows is decided in {@link
 * InvoiceView}, in Java, where it can be tested.
 */
final class InvoiceTemplate {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*");

  private final String source;
  private final List<Node> nodes;

  private InvoiceTemplate(String source, List<Node> nodes) {
    this.source = source;
    this.nodes = nodes;
  }

  private sealed interface Node permits Text, Value, Section {}

  private record Text(String text) implements Node {}

  private record Value(String name, int line) implements Node {}

  private record Section(String name, int line, List<Node> body) implements Node {}

  /**
   * Reads a template; {@code source} names it in errors (e.g. "mappings/invoice/templates/
   * invoice.html line 12: ...").
   */
  static InvoiceTemplate parse(String source, String text) {
    Deque<Section> open = new ArrayDeque<>();
    List<Node> top = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int start = text.indexOf("{{", at);
      List<Node> into = open.isEmpty() ? top : open.peek().body();
      if (start < 0) {
        into.add(new Text(text.substring(at)));
        break;
      }
      if (start > at) {
        into.add(new Text(text.substring(at, start)));
      }
      int line = lineOf(text, start);
      int end = text.indexOf("}}", start + 2);
      if (end < 0) {
        throw new InvoiceTemplateException(source + " line " + line + ": '{{' without '}}'");
      }
      String tag = text.substring(start + 2, end).strip();
      char kind = tag.isEmpty() ? ' ' : tag.charAt(0);
      String name = kind == '#' || kind == '/' ? tag.substring(1).strip() : tag;
      if (!NAME.matcher(name).matches()) {
        throw new InvoiceTemplateException(
            source + " line " + line + ": '{{" + tag + "}}' is not a placeholder name");
      }
      if (kind == '#') {
        Section section = new Section(name, line, new ArrayList<>());
        into.add(section);
        open.push(section);
      } else if (kind == '/') {
        if (open.isEmpty() || !open.peek().name().equals(name)) {
          throw new InvoiceTemplateException(
              source
                  + " line "
                  + line
                  + ": '{{/"
                  + name
                  + "}}' closes no open '{{#"
                  + name
                  + "}}'"
                  + (open.isEmpty() ? "" : " (open: '" + open.peek().name() + "')"));
        }
        open.pop();
      } else {
        into.add(new Value(name, line));
      }
      at = end + 2;
    }
    if (!open.isEmpty()) {
      throw new InvoiceTemplateException(
          source
              + " line "
              + open.peek().line()
              + ": '{{#"
              + open.peek().name()
              + "}}' is never closed");
    }
    return new InvoiceTemplate(source, List.copyOf(top));
  }

  /** The file the template was read from, for errors. */
  String source() {
    return source;
  }

  /** Every name the template uses that starts with {@code prefix} (e.g. "label."). */
  Set<String> names(String prefix) {
    Set<String> found = new LinkedHashSet<>();
    collect(nodes, prefix, found);
    return found;
  }

  /** Where a name is first used, for errors about it. */
  int lineOf(String name) {
    return firstLine(nodes, name);
  }

  /**
   * Fills the template. Each name is looked up in the innermost section's map first, then outward;
   * a name no map holds is a template error (a typo), a name held with a null value prints nothing.
   */
  String render(Map<String, ?> context) {
    StringBuilder out = new StringBuilder(8192);
    Deque<Map<String, ?>> scopes = new ArrayDeque<>();
    scopes.push(context);
    render(nodes, scopes, out);
    return out.toString();
  }

  private void render(List<Node> body, Deque<Map<String, ?>> scopes, StringBuilder out) {
    for (Node node : body) {
      if (node instanceof Text t) {
        out.append(t.text());
      } else if (node instanceof Value v) {
        Object value = lookup(v.name(), v.line(), scopes);
        if (value != null) {
          if (!(value instanceof String text)) {
            throw new InvoiceTemplateException(
                source + " line " + v.line() + ": '" + v.name() + "' is a section, not a value");
          }
          escape(text, out);
        }
      } else if (node instanceof Section s) {
        section(s, lookup(s.name(), s.line(), scopes), scopes, out);
      }
    }
  }

  private void section(Section s, Object value, Deque<Map<String, ?>> scopes, StringBuilder out) {
    if (value instanceof List<?> items) {
      for (Object item : items) {
        inside(s, item, scopes, out);
      }
    } else if (value instanceof Map<?, ?> || Boolean.TRUE.equals(value)) {
      inside(s, value, scopes, out);
    } else if (value instanceof String text && !text.isEmpty()) {
      render(s.body(), scopes, out);
    }
  }

  @SuppressWarnings("unchecked")
  private void inside(Section s, Object item, Deque<Map<String, ?>> scopes, StringBuilder out) {
    if (item instanceof Map<?, ?> map) {
      scopes.push((Map<String, ?>) map);
      render(s.body(), scopes, out);
      scopes.pop();
    } else {
      render(s.body(), scopes, out);
    }
  }

  private Object lookup(String name, int line, Deque<Map<String, ?>> scopes) {
    for (Map<String, ?> scope : scopes) {
      if (scope.containsKey(name)) {
        return scope.get(name);
      }
    }
    throw new InvoiceTemplateException(
        source + " line " + line + ": no value named '" + name + "' (see InvoiceView)");
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // XML 1.0 forbids most control characters; a stray one from an ERP must not break the
          // page
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  private static void collect(List<Node> body, String prefix, Set<String> found) {
    for (Node node : body) {
      if (node instanceof Value v && v.name().startsWith(prefix)) {
        found.add(v.name());
      } else if (node instanceof Section s) {
        if (s.name().startsWith(prefix)) {
          found.add(s.name());
        }
        collect(s.body(), prefix, found);
      }
    }
  }

  private static int firstLine(List<Node> body, String name) {
    for (Node node : body) {
      if (node instanceof Value v && v.name().equals(name)) {
        return v.line();
      }
      if (node instanceof Section s) {
        if (s.name().equals(name)) {
          return s.line();
        }
        int inner = firstLine(s.body(), name);
        if (inner > 0) {
          return inner;
        }
      }
    }
    return 0;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
