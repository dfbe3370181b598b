package org.arhub.formats.lockbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.arhub.formats.BankFileReader;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.FileFormat;
import org.arhub.formats.InvalidFileException;

/**
 * Reads BAI lockbox transmissions, in the BAI standard layout or in a bank's own layout declared in
 * {@code mappings/lockbox/}. Streams: one check (with its overflow records) is held at a time, and
 * totals are checked as their trailers arrive, so a sink may already hold part of a file that then
 * fails; it must discard it (see {@link BankFileSink}).
 *
 * <p>{@link #read} stops at the file's first problem; {@link #validate} lists them all.
 */
public final class LockboxReader implements BankFileReader {
  private final LockboxLayout layout;

  private LockboxReader(LockboxLayout layout) {
    this.layout = layout;
  }

  /** A reader for the BAI standard layout ({@code mappings/lockbox/bai-standard.yaml}). */
  public static LockboxReader standard() {
    return new LockboxReader(LockboxLayout.standard());
  }

  /** A reader for a bank's layout, e.g. {@code withLayout(LockboxLayout.named("opentaps"))}. */
  public static LockboxReader withLayout(LockboxLayout layout) {
    return new LockboxReader(layout);
  }

  public LockboxLayout layout() {
    return layout;
  }

  @Override
  public FileFormat format() {
    return FileFormat.LOCKBOX;
  }

  @Override
  public void read(String fileName, InputStream in, BankFileSink sink)
      throws InvalidFileException, IOException {
    try {
      pass(in, LockboxProblems.stopAtFirst(), sink);
    } catch (LockboxProblems.FirstProblem e) {
      throw e.problem().toException(fileName);
    }
  }

  /**
   * Every problem of the file, in the order found (empty when the file is valid), for a partner
   * onboarding report. The first is the one {@link #read} would throw.
   */
  public List<LockboxProblem> validate(InputStream in) throws IOException {
    LockboxProblems problems = LockboxProblems.collectAll();
    pass(in, problems, null);
    return problems.all();
  }

  private void pass(InputStream in, LockboxProblems problems, BankFileSink sink)
      throws IOException {
    new LockboxTransmission(layout, problems, sink)
        .run(new LockboxRecordSource(in, layout, problems));
  }

  @Override
  public String toString() {
    return "lockbox reader (" + layout.name() + ")";
  }
}
