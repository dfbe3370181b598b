package org.arhub.formats.camt;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.arhub.formats.InvalidFileException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * A pull cursor over one XML document that always knows where it is: the element path with the
 * sibling indexes the readers set ("/Document/BkToCstmrStmt/Stmt[2]/Ntry[14]/Amt") and the line, so
 * every error names a place an operator can find. Readers walk it by recursive descent: a handler
 * is called on an element's start tag and consumes it up to its end tag with {@link #nextChild()},
 * {@link #text()} or {@link #skip()}. Nothing is kept beyond the current path.
 *
 * <p>Read errors of the underlying stream travel as {@link UncheckedIOException} so that handlers
 * only declare {@link InvalidFileException}; {@link CamtReader} unwraps them.
 */
final class XmlCursor {
  private static final int MAX_DEPTH = 64;
  // No camt field is longer than a few hundred characters; a huge text node is an attack or
  // garbage.
  private static final int MAX_TEXT = 1 << 16;
  private static final Pattern PARSER_LOCATION =
      Pattern.compile("\\s*at \\[row,col[^\\]]*\\]: \\[\\d+,\\d+\\]\\s*$");

  private final XMLStreamReader xml;
  private final String file;
  private final String[] names = new String[MAX_DEPTH + 2];
  private final int[] indexes = new int[MAX_DEPTH + 2];
  private final int[] lines = new int[MAX_DEPTH + 2];
  private int depth;
  private String lastAttribute = "";

  XmlCursor(XMLStreamReader xml, String file) {
    this.xml = xml;
    this.file = file;
  }

  /**
   * Moves to the next child element of the current element and enters it; returns false, having
   * consumed the current element's end tag, when there is none left. Text between children is
   * ignored.
   */
  boolean nextChild() throws InvalidFileException {
    while (true) {
      switch (next()) {
        case START_ELEMENT -> {
          enter();
          return true;
        }
        case END_ELEMENT -> {
          depth--;
          return false;
        }
        default -> {
          // text, comments and processing instructions between elements carry nothing for us
        }
      }
    }
  }

  /** The local name (without prefix) of the element the cursor is in. */
  String name() {
    return names[depth];
  }

  /** The namespace URI of the element whose start tag was just read, or "" when it has none. */
  String namespace() {
    String uri = xml.getNamespaceURI();
    return uri == null ? "" : uri;
  }

  /**
   * Shows the element in error paths with its 1-based position among its siblings of that name, and
   * remembers its start line for errors found only at its end ("the entry has no Amt").
   */
  void index(int index) {
    indexes[depth] = index;
    lines[depth] = currentLine();
  }

  /** The nesting level of the current element; {@link #errorAt} names an element by it. */
  int depth() {
    return depth;
  }

  /**
   * An attribute (without namespace) of the element whose start tag was just read. A value equal to
   * the previous one comes back as the same instance: Ccy="EUR" on every amount then hashes once
   * for the currency lookup and compares by identity.
   */
  String attribute(String localName) {
    String value = xml.getAttributeValue(null, localName);
    if (value == null) {
      return null;
    }
    if (!value.equals(lastAttribute)) {
      lastAttribute = value;
    }
    return lastAttribute;
  }

  /** Reads the current element's text, trimmed, and leaves the element. */
  String text() throws InvalidFileException {
    String single = null;
    StringBuilder joined = null;
    while (true) {
      switch (next()) {
        case CHARACTERS, CDATA, SPACE -> {
          if (single == null && joined == null) {
            single = eventText();
          } else {
            if (joined == null) {
              joined = new StringBuilder(single);
            }
            joined.append(eventText());
          }
          if ((joined != null ? joined.length() : single.length()) > MAX_TEXT) {
            throw error("the text of <" + name() + "> is longer than " + MAX_TEXT + " characters");
          }
        }
        case START_ELEMENT ->
            throw error(
                "<"
                    + name()
                    + "> must hold text, but holds the element <"
                    + xml.getLocalName()
                    + ">");
        case END_ELEMENT -> {
          depth--;
          return joined != null ? joined.toString().trim() : single == null ? "" : single.trim();
        }
        default -> {
          // comments and processing instructions inside text are dropped
        }
      }
    }
  }

  /**
   * Reads an element that is written either as plain text or with its value in one child element,
   * e.g. camt Sts as {@code <Sts>BOOK</Sts>} (up to .05) or {@code <Sts><Cd>BOOK</Cd></Sts>}.
   */
  String textOrChild(String child) throws InvalidFileException {
    String plain = "";
    String fromChild = null;
    while (true) {
      switch (next()) {
        case CHARACTERS, CDATA, SPACE -> {
          // the indentation around a child is not built into a string only to be trimmed away
          if (plain.isEmpty() && !isWhiteSpace()) {
            plain = trimmedText();
          }
        }
        case START_ELEMENT -> {
          enter();
          if (child.equals(name()) && fromChild == null) {
            fromChild = text();
          } else {
            skip();
          }
        }
        case END_ELEMENT -> {
          depth--;
          return fromChild != null ? fromChild : plain;
        }
        default -> {
          // comments and processing instructions
        }
      }
    }
  }

  /** Skips the current element with everything inside it. */
  void skip() throws InvalidFileException {
    int open = 1;
    while (open > 0) {
      switch (next()) {
        case START_ELEMENT -> open++;
        case END_ELEMENT -> open--;
        default -> {
          // content of a skipped element is not looked at
        }
      }
    }
    depth--;
  }

  /**
   * Reads what follows the root element, so that trailing garbage (a second root) is found like any
   * other XML error.
   */
  void finish() throws InvalidFileException {
    while (xml.getEventType() != END_DOCUMENT) {
      next();
    }
  }

  /** An error at the current element. */
  InvalidFileException error(String reason) {
    return errorAt(depth, reason);
  }

  /**
   * An error at the element that was just left (after {@link #text()} or a false {@link
   * #nextChild()}).
   */
  InvalidFileException errorInLeft(String reason) {
    return errorAt(depth + 1, reason);
  }

  /**
   * An error at the enclosing element at {@code level} (see {@link #depth()}) of the current path.
   */
  InvalidFileException errorAt(int level, String reason) {
    int line = level > 0 && level < lines.length && lines[level] > 0 ? lines[level] : currentLine();
    return new InvalidFileException(file, path(level) + " (line " + line + ")", reason);
  }

  /**
   * The element path down to {@code level}, e.g. "/Document/BkToCstmrStmt/Stmt[2]/Ntry[14]/Amt".
   */
  String path(int level) {
    if (level <= 0) {
      return "start of file";
    }
    StringBuilder path = new StringBuilder();
    for (int i = 1; i <= level && i < names.length; i++) {
      path.append('/').append(names[i]);
      if (indexes[i] > 0) {
        path.append('[').append(indexes[i]).append(']');
      }
    }
    return path.toString();
  }

  private void enter() throws InvalidFileException {
    if (depth >= MAX_DEPTH) {
      throw error("elements are nested deeper than " + MAX_DEPTH + " levels");
    }
    depth++;
    names[depth] = xml.getLocalName();
    indexes[depth] = 0;
    lines[depth] = 0;
  }

  private int next() throws InvalidFileException {
    int event;
    try {
      if (!xml.hasNext()) {
        throw error("the file ends before the XML is complete");
      }
      event = xml.next();
    } catch (XMLStreamException e) {
      throw notWellFormed(e);
    }
    // the events a camt reader meets by the million; the rare ones are checked below
    if (event <= CHARACTERS) {
      return event;
    }
    if (event == DTD) {
      throw errorAt(
          0,
          "the XML has a DOCTYPE declaration; DTDs and entities are refused (they open the door to"
              + " external entity (XXE) and entity expansion attacks) and no ISO 20022 message needs one");
    }
    if (event == ENTITY_REFERENCE) {
      throw error(
          "the entity reference &"
              + xml.getLocalName()
              + "; is not declared (no DTD is accepted;"
              + " only &amp; &lt; &gt; &quot; &apos; and character references may be used)");
    }
    return event;
  }

  private String trimmedText() throws InvalidFileException {
    return eventText().trim();
  }

  /** Whether the current text event is only whitespace, found without building its string. */
  private boolean isWhiteSpace() throws InvalidFileException {
    try {
      return xml.isWhiteSpace();
    } catch (RuntimeException e) {
      throw lazyParseError(e);
    }
  }

  /** The text of the current event. */
  private String eventText() throws InvalidFileException {
    try {
      return xml.getText();
    } catch (RuntimeException e) {
      throw lazyParseError(e);
    }
  }

  /**
   * Aalto parses text lazily, so a malformed character shows only when the text is looked at, as an
   * unchecked exception around the XMLStreamException; any other is returned to be rethrown.
   */
  private RuntimeException lazyParseError(RuntimeException e) throws InvalidFileException {
    if (e.getCause() instanceof XMLStreamException streamError) {
      throw notWellFormed(streamError);
    }
    return e;
  }

  private InvalidFileException notWellFormed(XMLStreamException e) {
    Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    if (cause instanceof IOException io && !(cause instanceof CharConversionException)) {
      throw new UncheckedIOException(io);
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    message = PARSER_LOCATION.matcher(message.replace('\n', ' ')).replaceFirst("").trim();
    Location location = e.getLocation() != null ? e.getLocation() : xml.getLocation();
    return new InvalidFileException(
        file,
        path(depth) + " (line " + line(location) + ")",
        "the XML is not well-formed: " + message);
  }

  private int currentLine() {
    int event = xml.getEventType();
    if ((event == DTD || event == START_ELEMENT && depth <= 1)
        && xml instanceof XMLStreamReader2 reader) {
      // Aalto counts the prolog's whitespace into the token after it; where that token ends is on
      // its line.
      try {
        return line(reader.getLocationInfo().getEndLocation());
      } catch (XMLStreamException e) {
        return line(xml.getLocation());
      }
    }
    return line(xml.getLocation());
  }

  private static int line(Location location) {
    return location == null ? -1 : location.getLineNumber();
  }
}
