package org.arhub.formats.einvoice;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer for e-invoice documents, one element at a time, indented by two spaces so a golden
 * file reads like the specification's examples. Names are prefixed ("cbc:ID"); the prefixes and
 * their namespaces are declared once on the root.
 */
public final class XmlElementWriter {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
  private final XMLStreamWriter xml;
  private final Map<String, String> namespaces = new LinkedHashMap<>();
  private int depth;

  /**
   * @param prefixesAndNamespaces pairs of prefix ("" for the default namespace) and namespace URI
   */
  public XmlElementWriter(String... prefixesAndNamespaces) {
    for (int i = 0; i + 1 < prefixesAndNamespaces.length; i += 2) {
      namespaces.put(prefixesAndNamespaces[i], prefixesAndNamespaces[i + 1]);
    }
    try {
      xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot start an XML document", e);
    }
  }

  /** Starts an element that will hold others; attributes come as name, value pairs. */
  public XmlElementWriter open(String name, String... attributes) {
    try {
      start(name, attributes);
      depth++;
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write <" + name + ">", e);
    }
    return this;
  }

  /** Writes an element with text content. */
  public XmlElementWriter leaf(String name, String text, String... attributes) {
    try {
      start(name, attributes);
      xml.writeCharacters(text);
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write <" + name + ">", e);
    }
    return this;
  }

  /** Ends the innermost open element. */
  public XmlElementWriter close() {
    try {
      depth--;
      indent();
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot close an element", e);
    }
    return this;
  }

  /** Ends the document and returns its UTF-8 bytes. */
  public byte[] finish() {
    try {
      xml.writeEndDocument();
      xml.writeCharacters("\n");
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot end the XML document", e);
    }
    return bytes.toByteArray();
  }

  private void start(String name, String[] attributes) throws XMLStreamException {
    indent();
    int colon = name.indexOf(':');
    String prefix = colon < 0 ? "" : name.substring(0, colon);
    String uri = namespaces.get(prefix);
    if (uri == null) {
      throw new IllegalArgumentException("undeclared prefix in " + name);
    }
    xml.writeStartElement(prefix, name.substring(colon + 1), uri);
    if (depth == 0) {
      for (Map.Entry<String, String> ns : namespaces.entrySet()) {
        if (ns.getKey().isEmpty()) {
          xml.writeDefaultNamespace(ns.getValue());
        } else {
          xml.writeNamespace(ns.getKey(), ns.getValue());
        }
      }
    }
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      xml.writeAttribute(attributes[i], attributes[i + 1]);
    }
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
