package dev.steward.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import io.sentry.protocol.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentryScrubberTest {

  @Test
  void sendsTheErrorWithoutBodiesCookiesHeadersUsersOrEmailAddresses() {
    var event = new SentryEvent();
    var request = new Request();
    request.setMethod("POST");
    request.setUrl("https://crm.example.com/api/contacts/lookup");
    request.setQueryString("email=ann.lee@firm.example");
    request.setData("{\"email\":\"ann.lee@firm.example\",\"notes\":\"private\"}");
    request.setCookies("steward_access=eyJ...");
    request.setHeaders(Map.of("Authorization", "Bearer eyJ..."));
    event.setRequest(request);
    var user = new User();
    user.setEmail("bob@firm.example");
    user.setIpAddress("203.0.113.9");
    event.setUser(user);
    var message = new Message();
    message.setFormatted(
        "Could not file the message of Ann Lee <ann.lee@firm.example> on 2 contacts");
    message.setMessage("Could not file the message of {} on {} contacts");
    message.setParams(List.of("Ann Lee <ann.lee@firm.example>", "2"));
    event.setMessage(message);
    var exception = new SentryException();
    exception.setType("IllegalStateException");
    exception.setValue("Duplicate email o'brien+crm@sub.firm.co.uk");
    event.setExceptions(List.of(exception));
    var breadcrumb = new Breadcrumb("Signed in as Zoë.Åberg@firmá.example");
    breadcrumb.setData("user", "carol@firm.example");
    event.setBreadcrumbs(List.of(breadcrumb));
    event.setExtra("row", "dave@firm.example");

    var sent = new SentryScrubber().execute(event, new Hint());

    assertThat(sent.getRequest().getMethod()).isEqualTo("POST");
    assertThat(sent.getRequest().getUrl()).isEqualTo("https://crm.example.com/api/contacts/lookup");
    assertThat(sent.getRequest().getQueryString()).isNull();
    assertThat(sent.getRequest().getData()).isNull();
    assertThat(sent.getRequest().getCookies()).isNull();
    assertThat(sent.getRequest().getHeaders()).isNull();
    assertThat(sent.getUser()).isNull();
    assertThat(sent.getExtras()).isNullOrEmpty();
    assertThat(sent.getMessage().getFormatted())
        .isEqualTo("Could not file the message of Ann Lee <[email]> on 2 contacts");
    assertThat(sent.getMessage().getParams()).isNull();
    assertThat(sent.getExceptions().get(0).getType()).isEqualTo("IllegalStateException");
    assertThat(sent.getExceptions().get(0).getValue()).isEqualTo("Duplicate email [email]");
    assertThat(sent.getBreadcrumbs().get(0).getMessage()).isEqualTo("Signed in as [email]");
    assertThat(sent.getBreadcrumbs().get(0).getData()).containsEntry("user", "[email]");
  }
}
