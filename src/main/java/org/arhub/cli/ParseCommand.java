package org.arhub.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.arhub.formats.CanonicalJsonWriter;
import org.arhub.formats.FileFormat;
import org.arhub.formats.FileReaders;
import org.arhub.formats.InboundFileReader;
import org.arhub.formats.InboundFileReader.Rejected;

/**
 * {@code parse [--format F] FILE}: reads one file with the hub's readers and prints canonical JSON.
 * The JSON is spooled to a temporary file and printed only when the whole file was accepted, so a
 * file rejected near its end never leaves half a document on stdout.
 */
final class ParseCommand implements Commands.Command {
  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Optional<FileFormat> format = Optional.empty();
    String file = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--format") && i + 1 < args.length) {
        String id = args[++i];
        format = FileFormat.byId(id);
        if (format.isEmpty() && !id.equals("auto")) {
          err.println(
              "arhub parse: unknown format '" + id + "' (known: " + FileFormat.knownIds() + ")");
          return Commands.USAGE;
        }
      } else if (args[i].startsWith("-") || file != null) {
        err.println("arhub parse: unexpected argument '" + args[i] + "'\n" + Commands.usage());
        return Commands.USAGE;
      } else {
        file = args[i];
      }
    }
    if (file == null) {
      err.println("arhub parse: no FILE given\n" + Commands.usage());
      return Commands.USAGE;
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      err.println("arhub parse: cannot read " + file);
      return Commands.USAGE;
    }
    Path json = null;
    try {
      json = Files.createTempFile("arhub-parse", ".json");
      InboundFileReader.Outcome outcome;
      try (OutputStream spool = Files.newOutputStream(json)) {
        outcome =
            new InboundFileReader(FileReaders.standard())
                .read(path, file, format, new CanonicalJsonWriter(spool));
      }
      if (outcome instanceof Rejected rejected) {
        err.println(rejected.reason());
        return Commands.INVALID;
      }
      try (InputStream in = Files.newInputStream(json)) {
        in.transferTo(out);
      }
      out.println();
      out.flush();
      return Commands.OK;
    } catch (IOException e) {
      err.println(file + ": cannot be read: " + e.getMessage());
      return Commands.INVALID;
    } finally {
      deleteQuietly(json);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // a temporary file left behind is harmless
    }
  }
}
