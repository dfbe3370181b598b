package org.arhub.hub;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Refuses remote names that could make the hub read or write outside the feed's directory (a path
 * separator, "..", control characters). Such a file is left untouched on the server and reported
 * once.
 */
public class RemoteFileNameFilter implements GenericFileFilter<Object> {
  private final String partnerId;
  private final Alerts alerts;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  public RemoteFileNameFilter(String partnerId, Alerts alerts) {
    this.partnerId = partnerId;
    this.alerts = alerts;
  }

  @Override
  public boolean accept(GenericFile<Object> file) {
    if (file.isDirectory()) {
      return false;
    }
    String name = file.getFileNameOnly();
    String problem = problem(name);
    if (problem == null) {
      return true;
    }
    if (reported.add(name)) {
      alerts.raise(
          AlertKind.UNSAFE_REMOTE_NAME,
          partnerId,
          "remote file refused: " + name,
          "'"
              + name
              + "' in "
              + file.getParent()
              + " "
              + problem
              + "; it was not downloaded. Ask the partner to rename it.");
    }
    return false;
  }

  /** Why a remote file name is unsafe, or null when it is safe. */
  static String problem(String name) {
    if (name == null || name.isBlank()) {
      return "has no name";
    }
    if (name.contains("/") || name.contains("\\")) {
      return "contains a path separator";
    }
    if (name.contains("..")) {
      return "contains '..'";
    }
    if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return "contains control characters";
    }
    return null;
  }
}
