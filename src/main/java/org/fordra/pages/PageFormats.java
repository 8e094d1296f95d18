package org.fordra.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The reader's {@link PageFormat} for a controller that builds text itself (chart labels). */
@Component
public class PageFormats {

  private final MessageSource messages;

  PageFormats(MessageSource messages) {
    this.messages = messages;
  }

  public PageFormat of(HttpServletRequest request) {
    return PageFormatting.of(request, messages);
  }
}
