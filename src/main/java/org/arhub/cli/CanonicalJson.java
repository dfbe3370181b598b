package org.arhub.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.arhub.formats.ParsedFile;

/** Prints a parsed file as the canonical JSON of DESIGN.md. */
final class CanonicalJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CanonicalJson() {}

  static String of(ParsedFile file) {
    try {
      return JSON.writeValueAsString(file);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print " + file.format() + " file as JSON", e);
    }
  }
}
