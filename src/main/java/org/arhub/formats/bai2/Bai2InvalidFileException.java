package org.arhub.formats.bai2;

import java.util.List;
import org.arhub.formats.InvalidFileException;

/**
 * A rejected BAI2 file. The message names the first problem, as every reader does; {@link
 * #problems()} has all that the validation pass found.
 */
public final class Bai2InvalidFileException extends InvalidFileException {
  private final transient List<Bai2Problem> problems;

  Bai2InvalidFileException(String file, List<Bai2Problem> problems) {
    super(file, problems.get(0).position(), problems.get(0).reason());
    this.problems = List.copyOf(problems);
  }

  public List<Bai2Problem> problems() {
    return problems;
  }
}
