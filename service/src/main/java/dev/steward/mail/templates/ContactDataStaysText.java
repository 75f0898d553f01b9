package dev.steward.mail.templates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.IText;

/**
 * A pre-processor of HTML templates that takes away unescaped output before anything is evaluated:
 * {@code th:utext} becomes {@code th:text} and the inlined {@code [(...)]} becomes {@code [[...]]}.
 * Merge fields hold contacts' data, which must reach a mail as text, never as markup.
 */
public final class ContactDataStaysText extends AbstractTemplateHandler {

  private static final Pattern UNESCAPED_INLINE =
      Pattern.compile("\\[\\((.*?)\\)]", Pattern.DOTALL);
  private static final String[][] UNESCAPED_ATTRIBUTES = {
    {"th:utext", "th:text"}, {"data-th-utext", "data-th-text"}
  };

  @Override
  public void handleOpenElement(IOpenElementTag tag) {
    super.handleOpenElement(escaped(tag));
  }

  @Override
  public void handleStandaloneElement(IStandaloneElementTag tag) {
    super.handleStandaloneElement(escaped(tag));
  }

  @Override
  public void handleText(IText text) {
    String content = text.getText();
    if (content.contains("[(")) {
      String escaped =
          UNESCAPED_INLINE
              .matcher(content)
              .replaceAll(match -> Matcher.quoteReplacement("[[" + match.group(1) + "]]"));
      super.handleText(modelFactory().createText(escaped));
      return;
    }
    super.handleText(text);
  }

  private <T extends IProcessableElementTag> T escaped(T tag) {
    T result = tag;
    for (String[] names : UNESCAPED_ATTRIBUTES) {
      if (result.hasAttribute(names[0])) {
        String value = result.getAttributeValue(names[0]);
        result = modelFactory().removeAttribute(result, names[0]);
        result = modelFactory().setAttribute(result, names[1], value);
      }
    }
    return result;
  }

  private IModelFactory modelFactory() {
    return getContext().getModelFactory();
  }
}
