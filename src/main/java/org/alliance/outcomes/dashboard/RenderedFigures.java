package org.alliance.outcomes.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The figures' part of a dashboard page (every panel's tables and charts), rendered once and kept
 * until the tallies' version moves. The figures themselves are kept by {@code Indicators}, but
 * rendering eleven panels of tables through the templates' expressions cost more than everything
 * else on the page; the page's own frame (the viewer's name, the sign-out form's token, the range
 * form as typed) is rendered for every request around it. The key says everything the part shows,
 * so two viewers share a part only where they would see the same.
 */
@Component
class RenderedFigures {

  /**
   * A rendered part, the tally of its withheld figures (which the page's legend reports) and what
   * it was made from, for the rest of the page.
   */
  record Part<T>(String html, Tally tally, T source) {}

  /** What the part was made from: its contents follow from these alone. */
  record Key(String page, Object viewer, Object query, long version, Object today) {}

  // The commands start the application without its web side, where there is no view resolver
  // and nothing to render; a provider lets this bean exist there too.
  private final ObjectProvider<ThymeleafViewResolver> views;
  private final Cache<Key, Part<?>> kept =
      Caffeine.newBuilder()
          // A dashboard's part is about 200 KB; a few hundred views and ranges at once.
          .maximumWeight(64L << 20)
          // Every entry counts for at least a kilobyte, so keys with nothing rendered (an unknown
          // indicator's code, asked for again and again) cannot grow the cache without bound.
          .weigher((Key key, Part<?> part) -> 1024 + part.html().length() * 2)
          .expireAfterAccess(Duration.ofMinutes(30))
          .build();

  RenderedFigures(ObjectProvider<ThymeleafViewResolver> views) {
    this.views = views;
  }

  /**
   * The part for the key: kept, or made by {@code figures} (the model and the withheld tally) and
   * rendered from {@code fragment} ("template :: fragment").
   */
  @SuppressWarnings("unchecked") // a key's page names one kind of source
  <T> Part<T> part(
      Key key,
      String fragment,
      Supplier<Made<T>> figures,
      HttpServletRequest request,
      HttpServletResponse response) {
    return (Part<T>)
        kept.get(
            key,
            k -> {
              Made<T> made = figures.get();
              String html =
                  made.model() == null ? "" : render(fragment, made.model(), request, response);
              return new Part<>(html, made.tally(), made.source());
            });
  }

  /**
   * The model a part is rendered from (null: nothing to render), the tally of what it withholds,
   * and its source.
   */
  record Made<T>(Map<String, ?> model, Tally tally, T source) {}

  private String render(
      String fragment,
      Map<String, ?> model,
      HttpServletRequest request,
      HttpServletResponse response) {
    try {
      View view = views.getObject().resolveViewName(fragment, Locale.UK);
      if (view == null) {
        throw new IllegalStateException("no template for " + fragment);
      }
      StringWriter html = new StringWriter(256 * 1024);
      view.render(model, request, new Captured(response, new PrintWriter(html)));
      return html.toString();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("could not render " + fragment, e);
    }
  }

  /**
   * The response as the template sees it: what it writes goes to a string, and nothing it sets
   * reaches the real response, which the page around the part still has to be written to.
   */
  private static final class Captured extends HttpServletResponseWrapper {

    private final PrintWriter writer;

    Captured(HttpServletResponse response, PrintWriter writer) {
      super(response);
      this.writer = writer;
    }

    @Override
    public PrintWriter getWriter() {
      return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
      throw new IllegalStateException("a rendered part is written as text");
    }

    @Override
    public void setContentType(String type) {}

    @Override
    public void setCharacterEncoding(String charset) {}

    @Override
    public void setLocale(Locale locale) {}

    @Override
    public void flushBuffer() {
      writer.flush();
    }
  }
}
