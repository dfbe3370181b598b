package org.arhub.formats.lockbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.arhub.formats.CanonicalJsonWriter;
import org.arhub.formats.InvalidFileException;

/**
 * The golden fixtures in {@code src/test/resources/formats/lockbox/}: {@code <layout>__<case>.txt}
 * read with the layout its name starts with, beside {@code <layout>__<case>.expected.json}.
 */
final class LockboxFixtures {
  static final String FOLDER = "formats/lockbox";

  /** A fixture: its name, its bytes, and the reader for its layout. */
  record Fixture(String name, byte[] content, LockboxReader reader) {
    @Override
    public String toString() {
      return name;
    }
  }

  private LockboxFixtures() {}

  static Path folder() {
    try {
      return Path.of(LockboxFixtures.class.getClassLoader().getResource(FOLDER).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> inputs() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Fixture> all() {
    return inputs().stream().map(LockboxFixtures::fixture).toList();
  }

  static Fixture fixture(Path input) {
    String name = input.getFileName().toString().replaceFirst("\\.txt$", "");
    try {
      return new Fixture(name, Files.readAllBytes(input), readerFor(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Fixture named(String name) {
    return fixture(folder().resolve(name + ".txt"));
  }

  static LockboxReader readerFor(String fixtureName) {
    String layout =
        fixtureName.contains("__")
            ? fixtureName.substring(0, fixtureName.indexOf("__"))
            : LockboxLayout.STANDARD;
    return LockboxReader.withLayout(LockboxLayout.named(layout));
  }

  /** The canonical JSON of a file, as {@code parse} prints it. */
  static String json(LockboxReader reader, String name, byte[] content)
      throws InvalidFileException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      reader.read(name, new ByteArrayInputStream(content), new CanonicalJsonWriter(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static List<LockboxProblem> validate(LockboxReader reader, byte[] content) {
    try {
      return reader.validate(new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
