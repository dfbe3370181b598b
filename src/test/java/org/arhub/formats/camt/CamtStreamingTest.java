package org.arhub.formats.camt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.BankEntry;
import org.junit.jupiter.api.Test;

/** The reader hands each entry on as soon as its Ntry is read, long before the file ends. */
class CamtStreamingTest {
  private static final int ENTRIES = 5_000;

  @Test
  void entriesArriveWhileTheFileIsStillBeingRead() throws IOException, InvalidFileException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(file, StandardCharsets.UTF_8)) {
      Camt053Generator.write(out, ENTRIES);
    }
    byte[] bytes = file.toByteArray();
    CountingInput input = new CountingInput(new ByteArrayInputStream(bytes));
    long[] readAtFirstEntry = {-1};
    ReadFile sink =
        new ReadFile() {
          @Override
          public void entry(BankEntry entry) {
            if (readAtFirstEntry[0] < 0) {
              readAtFirstEntry[0] = input.count;
            }
            super.entry(entry);
          }
        };

    CamtReader.camt053().read("generated.xml", input, sink);

    assertThat(readAtFirstEntry[0])
        .as("bytes read when the first entry arrived, of %d", bytes.length)
        .isLessThan(256 * 1024);
    assertThat(sink.entries()).hasSize(ENTRIES);
    assertThat(sink.statements.get(0).end.entries()).isEqualTo(ENTRIES);
    assertThat(sink.statements.get(0).end.continuityProblem()).isEmpty();
    assertThat(
            sink.entries().get(ENTRIES - 1).transactions().get(0).remittance().creditorReference())
        .contains(Camt053Generator.rfReference(String.format("%07d", ENTRIES)));
  }

  /** Counts the bytes the reader has taken from the input so far. */
  private static final class CountingInput extends FilterInputStream {
    long count;

    CountingInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count += Math.max(n, 0);
      return n;
    }
  }
}
