package org.alliance;

import picocli.CommandLine.Command;

/**
 * Listed so that {@code --help} shows every command; the tests need Maven and the sources, so the
 * {@code ./alliance} script runs them itself rather than this jar.
 */
@Command(
    name = "test",
    description =
        "Run every test (Chromium is installed first if missing). Run it as ./alliance test.")
class TestCommand implements java.util.concurrent.Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("Run the tests from a checkout with: ./alliance test");
    return 2;
  }
}
