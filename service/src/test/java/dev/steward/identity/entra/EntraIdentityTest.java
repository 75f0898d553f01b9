package dev.steward.identity.entra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class EntraIdentityTest {

  @Test
  void fallsBackFromPreferredUsernameToEmailThenUpn() {
    var withEmail = EntraIdentity.from(token().claim("email", "guest@fabrikam.example").build());
    var withUpn = EntraIdentity.from(token().claim("upn", "ada@contoso.example").build());

    assertThat(withEmail.preferredUsername()).isEqualTo("guest@fabrikam.example");
    assertThat(withUpn.preferredUsername()).isEqualTo("ada@contoso.example");
  }

  @Test
  void hasNoRolesWhenTheTokenGrantsNone() {
    var identity = EntraIdentity.from(token().build());

    assertThat(identity.roles()).isEmpty();
    assertThat(identity.preferredUsername()).isNull();
    assertThat(identity.scopes()).containsExactlyInAnyOrder("access_as_user", "Contacts.Read");
  }

  @Test
  void readsSeveralRoles() {
    var identity =
        EntraIdentity.from(
            token().claim("roles", List.of("Steward.Admin", "Steward.Reports")).build());

    assertThat(identity.roles()).containsExactly("Steward.Admin", "Steward.Reports");
    assertThat(identity.tenantId()).isEqualTo(UUID.fromString(FakeEntraAuthority.TENANT_A));
  }

  private static Jwt.Builder token() {
    return Jwt.withTokenValue("token")
        .header("alg", "RS256")
        .claim("tid", FakeEntraAuthority.TENANT_A)
        .claim("oid", FakeEntraAuthority.USER_OID)
        .claim("scp", "access_as_user Contacts.Read");
  }
}
