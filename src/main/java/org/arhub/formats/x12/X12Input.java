package org.arhub.formats.x12;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The bytes of an X12 file as StAEDI reads them, with what partners get wrong made readable: a
 * UTF-8 byte order mark and blank lines before the first ISA are skipped, and a missing segment
 * terminator after the last segment is added. Every ISA that passes is checked ({@link
 * X12InterchangeHeader#parse}): a file that is not X12, or whose ISA is broken, fails here with the
 * segment number and the reason. Line breaks and indentation between segments pass through (StAEDI
 * skips them).
 */
final class X12Input extends InputStream {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;

  private boolean started;
  private int terminator = -1;
  private boolean atSegmentStart = true;
  private int isaRemaining;
  private int segments;
  private int last = -1;
  private boolean closed;
  private final Deque<X12InterchangeHeader> headers = new ArrayDeque<>();

  X12Input(InputStream in) {
    this.in = in;
  }

  /** The next ISA read and not yet taken, in file order. */
  Optional<X12InterchangeHeader> takeHeader() {
    return Optional.ofNullable(headers.poll());
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (!started) {
      start();
    }
    int n = 0;
    while (n < len) {
      if (pos == limit && !fill()) {
        break;
      }
      int c = buffer[pos] & 0xff;
      if (isaRemaining == 0 && atSegmentStart) {
        if (isSpace(c) && c != terminator) {
          b[off + n++] = buffer[pos++];
          continue;
        }
        atSegmentStart = false;
        if (c == 'I' && startsIsa()) {
          X12InterchangeHeader header = X12InterchangeHeader.parse(isaText(), segments + 1);
          headers.add(header);
          terminator = header.delimiters().segment();
          isaRemaining = X12InterchangeHeader.LENGTH;
        }
      }
      b[off + n++] = buffer[pos++];
      if (isaRemaining > 0) {
        if (--isaRemaining == 0) {
          segmentEnded(c);
        }
        continue;
      }
      if (c == terminator) {
        segmentEnded(c);
      } else if (!isSpace(c)) {
        last = c;
      }
    }
    if (n == 0 && eof) {
      return finalTerminator(b, off);
    }
    return n;
  }

  private void segmentEnded(int c) {
    segments++;
    atSegmentStart = true;
    last = c;
  }

  /** A file whose last segment has no terminator gets one, so that its last segment is read. */
  private int finalTerminator(byte[] b, int off) {
    if (closed || terminator < 0 || last == terminator || last < 0) {
      return -1;
    }
    closed = true;
    b[off] = (byte) terminator;
    last = terminator;
    return 1;
  }

  private void start() throws IOException {
    started = true;
    ensure(BOM.length);
    if (limit - pos >= BOM.length
        && buffer[pos] == BOM[0]
        && buffer[pos + 1] == BOM[1]
        && buffer[pos + 2] == BOM[2]) {
      pos += BOM.length;
    }
    while (true) {
      if (pos == limit && !fill()) {
        throw new X12EnvelopeException(
            "segment 1", "the file is empty: an X12 interchange starts with an ISA segment");
      }
      if (!isSpace(buffer[pos] & 0xff)) {
        break;
      }
      pos++;
    }
    if (!startsIsa()) {
      ensure(20);
      String start =
          new String(buffer, pos, Math.min(20, limit - pos), StandardCharsets.ISO_8859_1);
      throw new X12EnvelopeException(
          "segment 1",
          "not an X12 interchange: the file starts with '"
              + printable(start)
              + "', expected an ISA segment");
    }
  }

  private boolean startsIsa() throws IOException {
    ensure(4);
    return limit - pos >= 4
        && buffer[pos] == 'I'
        && buffer[pos + 1] == 'S'
        && buffer[pos + 2] == 'A'
        && !Character.isLetterOrDigit(buffer[pos + 3] & 0xff);
  }

  private String isaText() throws IOException {
    ensure(X12InterchangeHeader.LENGTH);
    int length = Math.min(X12InterchangeHeader.LENGTH, limit - pos);
    return new String(buffer, pos, length, StandardCharsets.ISO_8859_1);
  }

  /** Makes {@code wanted} bytes available from {@code pos}, unless the file ends first. */
  private void ensure(int wanted) throws IOException {
    if (limit - pos >= wanted || eof) {
      return;
    }
    System.arraycopy(buffer, pos, buffer, 0, limit - pos);
    limit -= pos;
    pos = 0;
    while (limit < wanted && !eof) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    pos = 0;
    limit = 0;
    while (limit == 0) {
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        eof = true;
        return false;
      }
      limit = n;
    }
    return true;
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static String printable(String text) {
    StringBuilder s = new StringBuilder();
    for (char c : text.toCharArray()) {
      s.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return s.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
