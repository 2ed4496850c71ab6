package org.alliance.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Starts a class of this module as a JVM of its own (the same classes, from the same class path or
 * executable jar), so that a load generator's threads, garbage and JIT are not measured as the
 * server's.
 */
final class ClientProcess {

  private ClientProcess() {}

  /** The command that runs {@code main} with these arguments in a new JVM of at most 512 MB. */
  static List<String> command(Class<?> main, List<?> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    String classpath = System.getProperty("java.class.path");
    command.add(classpath);
    if (isSpringBootJar(classpath)) {
      // Inside the executable jar the classes sit under BOOT-INF; Boot's launcher finds them.
      command.add("-Dloader.main=" + main.getName());
      command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
    } else {
      command.add(main.getName());
    }
    arguments.forEach(argument -> command.add(String.valueOf(argument)));
    return command;
  }

  /** The last lines of a client's log, for a failure's message. */
  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static boolean isSpringBootJar(String classpath) {
    if (!classpath.endsWith(".jar") || classpath.contains(File.pathSeparator)) {
      return false;
    }
    try (JarFile jar = new JarFile(classpath)) {
      return jar.getEntry("BOOT-INF/classes/") != null;
    } catch (IOException e) {
      return false;
    }
  }
}
