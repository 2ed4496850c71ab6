package org.alliance;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alliance.database.DatabaseProblem;
import org.alliance.database.DatabaseUrl;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.web.server.PortInUseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How every command ends when something goes wrong: a mistake the user can put right (a bad option,
 * a setting that cannot be used, a missing file, a bad or unreachable database, a port in use, a
 * data folder in use) is one line on stderr and a non-zero exit code. Only what nobody could have
 * foreseen, a bug, keeps its stack trace, because whoever fixes it needs it.
 */
final class CommandErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** Exit code for a refusal the user can fix (picocli's own is 2 for bad options). */
  static final int REFUSED = 1;

  /**
   * Loggers whose start-up failure reports repeat what this handler says, with a stack trace.
   * Commands (and {@code run}) set them off; the rest of the log is left as it is.
   */
  static final String[] QUIET_FAILURE_LOGGING = {
    "logging.level.org.springframework.boot.SpringApplication=OFF",
    "logging.level.org.springframework.boot.diagnostics=OFF",
    "logging.level.org.springframework.context=ERROR",
    "logging.level.org.springframework.boot.web=ERROR",
    "logging.level.com.zaxxer.hikari=OFF",
    "logging.level.org.apache.catalina=OFF",
    "logging.level.org.apache.coyote=OFF"
  };

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(
        ex.getMessage().strip().replace('\n', ' ')
            + " (see: alliance "
            + (command.getParent() == null ? "" : command.getCommandName() + " ")
            + "--help)");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    Optional<String> mistake = userMistake(ex);
    if (mistake.isPresent()) {
      err.println(mistake.get());
    } else {
      err.println("alliance " + command.getCommandName() + " failed unexpectedly (a bug):");
      ex.printStackTrace(err);
    }
    err.flush();
    return REFUSED;
  }

  /** The one line for a mistake the user can put right, if this is one. */
  static Optional<String> userMistake(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    for (Throwable t : chain) {
      if (t instanceof CommandProblem || t instanceof DatabaseProblem) {
        return Optional.of(t.getMessage());
      }
      if (t instanceof BindException setting) {
        return Optional.of(settingMistake(setting, chain.get(chain.size() - 1)));
      }
      // A setting read with @Value and checked by the bean that reads it: by convention its
      // message begins with the setting's name ("alliance.commissioning.ocds.license must be ...").
      if ((t instanceof IllegalStateException || t instanceof IllegalArgumentException)
          && t.getMessage() != null
          && t.getMessage().startsWith("alliance.")) {
        return Optional.of(t.getMessage());
      }
      if (t instanceof PortInUseException port) {
        return Optional.of(
            "Port "
                + port.getPort()
                + " is already in use: stop what is using it, or set PORT to a free port.");
      }
    }
    for (Throwable t : chain) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        String message = DatabaseUrl.redact(firstLine(sql.getMessage()));
        if (state.startsWith("08")) {
          return Optional.of(
              "Cannot connect to PostgreSQL: " + message + " (check DATABASE_URL and the server).");
        }
        if (state.startsWith("28") || state.equals("3D000")) {
          return Optional.of(
              "PostgreSQL refused the connection: " + message + " (check DATABASE_URL).");
        }
        if (state.equals("42501")) {
          return Optional.of(
              "PostgreSQL refused: "
                  + message
                  + " (migrations need the schema's owner: set DATABASE_OWNER_URL).");
        }
      }
    }
    for (Throwable t : chain) {
      if (t instanceof NoSuchFileException missing) {
        return Optional.of("No such file or folder: " + missing.getFile());
      }
      if (t instanceof AccessDeniedException denied) {
        return Optional.of("Permission denied: " + denied.getFile());
      }
      if (t instanceof FileSystemException file) {
        return Optional.of("Cannot use " + file.getFile() + ": " + file.getReason());
      }
    }
    return Optional.empty();
  }

  /**
   * A setting ({@code @ConfigurationProperties}) that cannot be used. A settings record that checks
   * itself throws an {@link IllegalArgumentException} whose message names the setting and what it
   * must be, and that is the line; a value Spring cannot convert (a word where a number belongs, a
   * name no enum has) is named here with what it had to be.
   */
  private static String settingMistake(BindException setting, Throwable root) {
    if (root instanceof IllegalArgumentException own
        && own.getMessage() != null
        && own.getMessage().startsWith(setting.getName().toString())) {
      return own.getMessage();
    }
    ConfigurationProperty property = setting.getProperty();
    String name = property == null ? setting.getName().toString() : property.getName().toString();
    String value = property == null ? "" : " cannot be \"" + property.getValue() + "\"";
    Class<?> type = setting.getTarget().getType().resolve(Object.class);
    String expected =
        type.isEnum()
            ? "one of "
                + Arrays.stream(type.getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "))
            : (type.isPrimitive() || Number.class.isAssignableFrom(type)
                ? "a number"
                : "a " + type.getSimpleName());
    return "The setting " + name + value + ": it must be " + expected + ".";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
