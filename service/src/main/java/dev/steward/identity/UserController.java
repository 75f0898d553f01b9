package dev.steward.identity;

import dev.steward.platform.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage the firm's users. Registration is at {@code POST /api/auth/register}. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users")
class UserController {

  private final UserService users;
  private final UserPasswords passwords;

  UserController(UserService users, UserPasswords passwords) {
    this.users = users;
    this.passwords = passwords;
  }

  @GetMapping
  List<UserView> list() {
    return users.all();
  }

  @GetMapping("/{id}")
  ResponseEntity<UserView> get(@PathVariable UUID id) {
    var view = users.require(id).view();
    return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
  }

  @PutMapping("/{id}")
  @Operation(
      summary =
          "Change a user's role, name or active flag (If-Match or version; the last admin stays)")
  ResponseEntity<UserView> update(
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody UserUpdate update) {
    var view =
        users.update(
            id, update, Versions.expected(ifMatch, update.version()), CurrentUser.idOrNull());
    return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
  }

  @PostMapping("/{id}/reset-password")
  @Operation(summary = "Give a local user a one-time password, returned once; their sign-ins end")
  UserService.Registered resetPassword(@PathVariable UUID id) {
    return passwords.resetPassword(id);
  }

  @PostMapping("/{id}/unlock")
  @Operation(summary = "Lift a lock left by failed sign-ins")
  UserView unlock(@PathVariable UUID id) {
    return users.unlock(id);
  }
}
