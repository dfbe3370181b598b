package org.arhub;

import org.arhub.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * {@code java -jar arhub.jar} runs the hub; {@code java -jar arhub.jar <command> ...} runs one of
 * the offline commands (parse, ...) without starting the hub.
 */
@SpringBootApplication
public class ArhubApplication {
  public static void main(String[] args) {
    if (Commands.isCommand(args)) {
      System.exit(Commands.run(args, System.out, System.err));
    }
    SpringApplication.run(ArhubApplication.class, args);
  }
}
