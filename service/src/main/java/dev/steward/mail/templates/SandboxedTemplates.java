package dev.steward.mail.templates;

import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders firms' mail templates with Thymeleaf in a sandbox. The engine is a plain {@link
 * TemplateEngine}, apart from Spring's (no bean, no SpEL), whose only resolver reads the template
 * from the string given (no file, no classpath). Its expressions are {@link MergeOnlyExpressions}:
 * merge-field paths into maps of text, nothing more. Unescaped output is turned into escaped output
 * before processing ({@link ContactDataStaysText}), and templates that use preprocessing ({@code
 * __...__}) or include other templates are refused, so that a contact's data is never read as
 * template code.
 */
@Component
public class SandboxedTemplates {

  private static final Pattern PREPROCESSING = Pattern.compile("__\\s*[$*#@~]\\s*\\{");
  private static final Pattern INCLUSION =
      Pattern.compile(
          "(?:th:|data-th-)(?:insert|replace|include|substituteby|fragment)\\b|~\\{",
          Pattern.CASE_INSENSITIVE);

  private final TemplateEngine engine = new TemplateEngine();

  public SandboxedTemplates() {
    var standard = new StandardDialect();
    standard.setVariableExpressionEvaluator(new MergeOnlyExpressions());
    engine.setDialect(standard);
    engine.addDialect(new EscapingDialect());
    var resolver = new StringTemplateResolver();
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  /**
   * Renders the template with {@code fields} (maps and lists of text only).
   *
   * @throws InvalidInputException naming the part that cannot be rendered, and why
   */
  public RenderedMail render(MailTemplate template, Map<String, Object> fields) {
    requireSafe(template);
    var context = new Context(null, fields);
    String subject = process("subject", template.subject(), TemplateMode.TEXT, context);
    return new RenderedMail(
        oneLine(subject),
        process("html", template.html(), TemplateMode.HTML, context),
        process("text", template.text(), TemplateMode.TEXT, context));
  }

  /**
   * @throws InvalidInputException when a part uses preprocessing or includes another template
   */
  public void requireSafe(MailTemplate template) {
    List<FieldProblem> problems = new ArrayList<>();
    check("subject", template.subject(), problems);
    check("html", template.html(), problems);
    check("text", template.text(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static void check(String field, String source, List<FieldProblem> problems) {
    if (source == null) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (PREPROCESSING.matcher(source).find()) {
      problems.add(
          new FieldProblem(
              field, "may not use preprocessing (__${...}__): write ${...} on its own"));
    } else if (INCLUSION.matcher(source).find()) {
      problems.add(
          new FieldProblem(
              field, "may not include other templates (th:insert, th:replace, ~{...})"));
    }
  }

  private String process(String field, String source, TemplateMode mode, Context context) {
    if (source.isEmpty()) {
      return "";
    }
    try {
      return engine.process(new TemplateSpec(source, mode), context);
    } catch (TemplateEngineException e) {
      throw InvalidInputException.of(field, "cannot be rendered: " + reason(e));
    }
  }

  private static String reason(TemplateEngineException e) {
    Throwable cause = e;
    while (cause.getCause() instanceof TemplateEngineException deeper) {
      cause = deeper;
    }
    String message = cause.getMessage() == null ? "the template is not valid" : cause.getMessage();
    // Thymeleaf appends the template itself, which here is the whole body
    int at = message.indexOf(" (template: ");
    return at > 0 ? message.substring(0, at) : message;
  }

  private static String oneLine(String subject) {
    return subject.replaceAll("[\\r\\n\\t]+", " ").strip();
  }

  /**
   * Adds {@link ContactDataStaysText} in front of every HTML template, {@link PlainTextInlining} of
   * every TEXT one.
   */
  private static final class EscapingDialect extends AbstractDialect
      implements IPreProcessorDialect {

    EscapingDialect() {
      super("steward-escaping");
    }

    @Override
    public int getDialectPreProcessorPrecedence() {
      return 0;
    }

    @Override
    public Set<IPreProcessor> getPreProcessors() {
      return Set.of(
          new PreProcessor(TemplateMode.HTML, ContactDataStaysText.class, 0),
          new PreProcessor(TemplateMode.TEXT, PlainTextInlining.class, 0));
    }
  }
}
