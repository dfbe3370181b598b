package org.arhub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.arhub.formats.FileFormat;
import org.arhub.formats.FileReaders;
import org.arhub.formats.InboundFileReader;
import org.arhub.formats.InboundFileReader.Read;
import org.arhub.formats.InboundFileReader.Rejected;

/** {@code parse [--format F] FILE}: reads one file with the hub's readers and prints canonical JSON. */
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
          err.println("arhub parse: unknown format '" + id + "' (known: " + FileFormat.knownIds() + ")");
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
    try {
      InboundFileReader.Outcome outcome = new InboundFileReader(FileReaders.standard()).read(path, file, format);
      if (outcome instanceof Rejected rejected) {
        err.println(rejected.reason());
        return Commands.INVALID;
      }
      out.println(CanonicalJson.of(((Read) outcome).file()));
      return Commands.OK;
    } catch (IOException e) {
      err.println(file + ": cannot be read: " + e.getMessage());
      return Commands.INVALID;
    }
  }
}
