package org.arhub.formats.einvoice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A vefa-validator unit test set as the EN 16931 and Peppol projects publish them ({@code <testSet
 * configuration="tc434-ubl">}): each {@code <test>} holds an {@code <assert>} naming the rule that
 * must succeed ({@code <success>}) or fail ({@code <error>}, {@code <warning>}) and one test
 * document, usually a fragment with only what that rule reads.
 */
record OfficialTestSet(Path file, String configuration, List<Case> cases) {
  static final String VEFA = "http://difi.no/xsd/vefa/validator/1.0";

  /** One test: the rule, whether it must fail, and the test document as its own DOM. */
  record Case(int index, String rule, boolean mustFail, Document document) {
    String rootName() {
      return document.getDocumentElement().getLocalName();
    }
  }

  static OfficialTestSet read(Path file)
      throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    List<Case> cases = new ArrayList<>();
    int index = 0;
    for (Element test : children(root, VEFA, "test")) {
      index++;
      Element assertion = children(test, VEFA, "assert").get(0);
      Optional<Element> success = children(assertion, VEFA, "success").stream().findFirst();
      Optional<Element> failure =
          children(assertion, VEFA, "error").stream()
              .findFirst()
              .or(() -> children(assertion, VEFA, "warning").stream().findFirst());
      Element expected = success.or(() -> failure).orElseThrow();
      Element document =
          children(test, null, null).stream()
              .filter(e -> !VEFA.equals(e.getNamespaceURI()))
              .findFirst()
              .orElseThrow();
      cases.add(
          new Case(
              index,
              expected.getTextContent().strip(),
              success.isEmpty(),
              InvoiceDocument.standalone(document)));
    }
    return new OfficialTestSet(file, root.getAttribute("configuration"), cases);
  }

  private static List<Element> children(Element parent, String ns, String local) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && (local == null
              || (ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())))) {
        found.add(e);
      }
    }
    return found;
  }
}
