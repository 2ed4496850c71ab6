package org.alliance;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.alliance.support.RetentionReviews;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "retention-review",
    mixinStandardHelpOptions = true,
    description = {
      "Run the retention review now, as the nightly job does: list the records past their",
      "retention date for the data-protection lead (/data-protection/retention). Prints counts only."
    })
class RetentionReviewCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext app = CommandContext.start()) {
      RetentionReviews.Summary summary = app.getBean(RetentionReviews.class).runNow();
      PrintWriter out = spec.commandLine().getOut();
      if (!summary.ran()) {
        out.println("Another node is running the retention review now; nothing done.");
      } else {
        out.println(
            "Retention review: "
                + summary.newlyListed()
                + " newly listed, "
                + summary.noLongerDue()
                + " no longer due, "
                + summary.waiting()
                + " waiting for the data-protection lead.");
      }
      out.flush();
      return 0;
    }
  }
}
