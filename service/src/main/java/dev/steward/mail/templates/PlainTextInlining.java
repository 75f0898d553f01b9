package dev.steward.mail.templates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.IText;

/**
 * A pre-processor of TEXT templates (the subject and the plain-text part): {@code [[...]]} writes
 * the value as it is, since Thymeleaf would HTML-escape it ({@code &amp;}, {@code &#39;}) in a part
 * that is not HTML.
 */
public final class PlainTextInlining extends AbstractTemplateHandler {

  private static final Pattern ESCAPED_INLINE = Pattern.compile("\\[\\[(.*?)]]", Pattern.DOTALL);

  @Override
  public void handleText(IText text) {
    String content = text.getText();
    if (content.contains("[[")) {
      String plain =
          ESCAPED_INLINE
              .matcher(content)
              .replaceAll(match -> Matcher.quoteReplacement("[(" + match.group(1) + ")]"));
      super.handleText(getContext().getModelFactory().createText(plain));
      return;
    }
    super.handleText(text);
  }
}
