package org.fordra.security;

import org.fordra.api.BodyTooLarge;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than its endpoint's limit ({@link BodySizeLimits}) with 413,
 * before anything reads it: at once when the declared Content-Length is too large, and for a
 * body of unknown length (chunked) by counting what is read, so the reader stops at the limit.
 * A too-large body then fails the reader with {@link BodyTooLarge}, which Fordra's API answers
 * with its 413 problem. Camunda's REST API and webapps answer a failed read with a 500 of their
 * own, so a chunked body for them is read here first, up to their limit (at most a few MiB),
 * and handed on from memory.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestBodyLimit.class);

  private final BodySizeLimits limits;

  RequestBodyLimit(BodySizeLimits limits) {
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    BodySizeLimits.Applied limit = limits.limitFor(request.getMethod(), path);
    if (limit == null) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > limit.bytes()) {
      log.info("Refused a body of {} bytes for {} {} (limit {}: {} bytes)",
          request.getContentLengthLong(), request.getMethod(), path, limit.name(), limit.bytes());
      refuse(request, response, limit.bytes());
      return;
    }
    if (request.getContentLengthLong() < 0 && !path.startsWith("/api/") && isStreamed(request)) {
      byte[] body;
      try {
        body = new CountedRequest(request, limit.bytes()).getInputStream().readAllBytes();
      } catch (BodyTooLarge tooLarge) {
        refuse(request, response, limit.bytes());
        return;
      }
      chain.doFilter(new ReadRequest(request, body), response);
      return;
    }
    CountedRequest counted = new CountedRequest(request, limit.bytes());
    try {
      chain.doFilter(counted, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (BodyTooLarge.in(e).isEmpty() || response.isCommitted()) {
        throw e;
      }
    }
    if (counted.exceeded && response.getStatus() != 413 && !response.isCommitted()) {
      response.reset();
      refuse(request, response, limit.bytes());
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
      throws IOException {
    response.setStatus(413);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    // The rest of the body is not read: the connection cannot be reused for another request.
    response.setHeader("Connection", "close");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                + "\"detail\":\"" + detail(limit) + "\",\"limit\":"
                + limit + "}");
  }

  /**
   * A body of unknown length that is read as a stream; a form is parsed by the server itself
   * (within its own limit, {@code server.tomcat.max-http-form-post-size}).
   */
  private static boolean isStreamed(HttpServletRequest request) {
    String type = request.getContentType();
    return request.getHeader("Transfer-Encoding") != null
        && (type == null || !type.toLowerCase(java.util.Locale.ROOT)
            .startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE));
  }

  /** The problem's detail; the same words for the API's own 413 (ApiProblems). */
  public static String detail(long limit) {
    return BodyTooLarge.detail(limit);
  }

  /** A request whose body was read already: handed on from memory. */
  private static final class ReadRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private ServletInputStream stream;

    ReadRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      if (stream != null) {
        return stream;
      }
      java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
      stream = new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("read from memory, not asynchronously");
        }
      };
      return stream;
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  /** The request whose body stream stops at the limit. */
  private static final class CountedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;
    private boolean exceeded;

    CountedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream());
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private final class Counting extends ServletInputStream {

      private final ServletInputStream in;
      private long count;

      Counting(ServletInputStream in) {
        this.in = in;
      }

      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
          counted(n);
        }
        return n;
      }

      private void counted(int n) throws BodyTooLarge {
        count += n;
        if (count > limit) {
          exceeded = true;
          throw new BodyTooLarge(limit);
        }
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    }
  }
}
