package org.arhub.invoicing;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.arhub.formats.InvalidFileException;
import org.arhub.invoicing.ErpDocument.Fields;
import org.arhub.invoicing.ErpDocument.Value;

/**
 * An ERP's XML export: each element at the layout's document path is one invoice (or customer);
 * inside it, fields are found by paths relative to it ("Header/Date", "Customer/@id") and lines at
 * the line path ("Lines/Line") with paths relative to the line. Namespaces are ignored (local
 * names). Only the current document's values are held. DTDs and external entities are refused.
 */
final class XmlErpReader implements ErpDocumentReader {
  private static final XMLInputFactory FACTORY = factory();
  private static final int MAX_DEPTH = 64;
  private static final int MAX_TEXT = 1 << 16;

  private final ErpLayout layout;
  private final InputStream stream;
  private final XMLStreamReader xml;
  private final String file;
  private final List<String> path = new ArrayList<>();
  private int documents;

  XmlErpReader(ErpLayout layout, InputStream stream, String file) throws InvalidFileException {
    this.layout = layout;
    this.stream = stream;
    this.file = file;
    try {
      this.xml = FACTORY.createXMLStreamReader(stream);
    } catch (XMLStreamException e) {
      throw invalid(e);
    }
  }

  @Override
  public Optional<ErpDocument> next() throws InvalidFileException {
    String documentPath = layout.documentPath().orElseThrow();
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new InvalidFileException(file, position(), "a DOCTYPE is not accepted");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          enter();
          if (absolute().equals(documentPath)) {
            documents++;
            return Optional.of(document());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          path.remove(path.size() - 1);
        }
      }
      return Optional.empty();
    } catch (XMLStreamException e) {
      throw invalid(e);
    }
  }

  /** Reads the document element the cursor is on up to its end tag. */
  private ErpDocument document() throws XMLStreamException, InvalidFileException {
    int depth = path.size();
    String documentPath = absolute();
    String where =
        file
            + " "
            + absolute()
            + "["
            + documents
            + "] (line "
            + xml.getLocation().getLineNumber()
            + ")";
    String linePath = layout.linePath().orElse("");
    Map<String, Value> header = new LinkedHashMap<>();
    List<Map<String, Value>> lineValues = new ArrayList<>();
    List<String> lineWheres = new ArrayList<>();
    attributes("", header, where);
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          enter();
          text.setLength(0);
          String relative = relative(depth);
          if (!linePath.isEmpty() && relative.equals(linePath)) {
            lineValues.add(new LinkedHashMap<>());
            lineWheres.add(
                file
                    + " "
                    + documentPath
                    + "["
                    + documents
                    + "]/"
                    + linePath
                    + "["
                    + lineValues.size()
                    + "] (line "
                    + xml.getLocation().getLineNumber()
                    + ")");
          }
          Target target = target(relative, linePath, header, lineValues);
          attributes(target.path(), target.values(), where);
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (text.length() + xml.getTextLength() > MAX_TEXT) {
            throw new InvalidFileException(file, position(), "text longer than " + MAX_TEXT);
          }
          text.append(xml.getText());
        }
        case XMLStreamConstants.END_ELEMENT -> {
          String relative = relative(depth);
          Target target = target(relative, linePath, header, lineValues);
          String value = text.toString().strip();
          if (!value.isEmpty() && !target.path().isEmpty()) {
            target.values().putIfAbsent(target.path(), new Value(value, where + " " + relative));
          }
          text.setLength(0);
          path.remove(path.size() - 1);
          if (path.size() < depth) {
            return new ErpDocument(
                mapped(where, header, layout.fields()), lines(lineValues, lineWheres), List.of());
          }
        }
        case XMLStreamConstants.END_DOCUMENT ->
            throw new InvalidFileException(file, position(), "document element not closed");
        default -> {}
      }
    }
  }

  /** Values inside a line go to that line, by their path relative to the line. */
  private record Target(String path, Map<String, Value> values) {}

  private static Target target(
      String relative, String linePath, Map<String, Value> header, List<Map<String, Value>> lines) {
    if (!linePath.isEmpty() && !lines.isEmpty()) {
      if (relative.equals(linePath)) {
        return new Target("", lines.get(lines.size() - 1));
      }
      if (relative.startsWith(linePath + "/")) {
        return new Target(relative.substring(linePath.length() + 1), lines.get(lines.size() - 1));
      }
    }
    return new Target(relative, header);
  }

  private void attributes(String at, Map<String, Value> values, String where) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String key = (at.isEmpty() ? "" : at + "/") + "@" + xml.getAttributeLocalName(i);
      String value = xml.getAttributeValue(i).strip();
      if (!value.isEmpty()) {
        values.putIfAbsent(key, new Value(value, where + " " + key));
      }
    }
  }

  private List<Fields> lines(List<Map<String, Value>> lineValues, List<String> wheres) {
    List<Fields> lines = new ArrayList<>();
    for (int i = 0; i < lineValues.size(); i++) {
      lines.add(mapped(wheres.get(i), lineValues.get(i), layout.lineFields()));
    }
    return lines;
  }

  private static Fields mapped(
      String where, Map<String, Value> byPath, Map<String, String> mapping) {
    Map<String, Value> values = new LinkedHashMap<>();
    mapping.forEach(
        (field, xmlPath) -> {
          Value v = byPath.get(xmlPath);
          if (v != null) {
            values.put(field, v);
          }
        });
    return new Fields(where, values);
  }

  private void enter() throws InvalidFileException {
    if (path.size() >= MAX_DEPTH) {
      throw new InvalidFileException(file, position(), "elements nested deeper than " + MAX_DEPTH);
    }
    path.add(xml.getLocalName());
  }

  private String absolute() {
    return "/" + String.join("/", path);
  }

  private String relative(int documentDepth) {
    return String.join("/", path.subList(documentDepth, path.size()));
  }

  private String position() {
    return "line " + xml.getLocation().getLineNumber() + " " + absolute();
  }

  private InvalidFileException invalid(XMLStreamException e) {
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int at = message.indexOf("\n at [");
    return new InvalidFileException(
        file,
        "line " + line,
        "not well-formed XML: " + (at > 0 ? message.substring(0, at) : message));
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    } finally {
      stream.close();
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = new InputFactoryImpl();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resources are not loaded: " + systemId);
        });
    return factory;
  }
}
