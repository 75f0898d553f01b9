package dev.steward.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A person who signs in to Steward, locally with a password or through Microsoft Entra ID. */
@Entity
@Table(name = "users")
class User {

  @Id private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String email;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Convert(converter = RoleColumn.class)
  @Column(nullable = false)
  private Role role;

  private boolean active = true;

  @Column(name = "azure_object_id")
  private UUID azureObjectId;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  @Column(name = "one_time_password_used_at")
  private Instant oneTimePasswordUsedAt;

  @Embedded private TotpFactor totp = new TotpFactor();

  @Embedded private SignInRecord signIns = new SignInRecord();

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private Long version;

  protected User() {}

  private User(UUID tenantId, String email, String fullName, Role role) {
    this.id = UUID.randomUUID();
    this.tenantId = tenantId;
    this.email = email;
    this.fullName = fullName;
    this.role = role;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  static User local(
      UUID tenantId,
      String email,
      String fullName,
      Role role,
      String passwordHash,
      boolean mustChangePassword) {
    var user = new User(tenantId, email, fullName, role);
    user.passwordHash = passwordHash;
    user.mustChangePassword = mustChangePassword;
    user.passwordChangedAt = user.createdAt;
    return user;
  }

  static User microsoft(UUID tenantId, UUID objectId, String email, String fullName, Role role) {
    var user = new User(tenantId, email, fullName, role);
    user.azureObjectId = objectId;
    return user;
  }

  void linkMicrosoftAccount(UUID objectId) {
    azureObjectId = objectId;
    updatedAt = Instant.now();
  }

  UUID azureObjectId() {
    return azureObjectId;
  }

  /** See {@link SignInRecord#recordFailure}. */
  boolean recordFailedSignIn(Instant now, int lockAfter, Duration lockFor) {
    updatedAt = now;
    return signIns.recordFailure(now, lockAfter, lockFor);
  }

  void recordSignIn(Instant now) {
    signIns.recordSignIn(now);
    updatedAt = now;
  }

  void changePassword(String newHash, Instant now) {
    passwordHash = newHash;
    mustChangePassword = false;
    oneTimePasswordUsedAt = null;
    passwordChangedAt = now;
    updatedAt = now;
  }

  void forcePasswordChange() {
    mustChangePassword = true;
    oneTimePasswordUsedAt = null;
  }

  /** Whether the user is on a one-time password that has already signed in once. */
  boolean oneTimePasswordUsed() {
    return mustChangePassword && oneTimePasswordUsedAt != null;
  }

  /** The sign-in that uses a one-time password; the next one with it is refused. */
  void useOneTimePassword(Instant now) {
    oneTimePasswordUsedAt = now;
    updatedAt = now;
  }

  void startMfaSetup(byte[] encryptedSecret) {
    totp.startSetup(encryptedSecret);
    updatedAt = Instant.now();
  }

  void enableMfa(long step) {
    totp.enable(step);
    updatedAt = Instant.now();
  }

  void disableMfa() {
    totp.disable();
    updatedAt = Instant.now();
  }

  void useTotpStep(long step) {
    totp.useStep(step);
  }

  void changeRole(Role newRole) {
    role = newRole;
    updatedAt = Instant.now();
  }

  void setActive(boolean value) {
    active = value;
    updatedAt = Instant.now();
  }

  void rename(String newName) {
    fullName = newName;
    updatedAt = Instant.now();
  }

  StewardPrincipal principal(StewardPrincipal.SignInMethod method, boolean firmRequiresMfa) {
    boolean local = method == StewardPrincipal.SignInMethod.PASSWORD;
    return new StewardPrincipal(
        id,
        tenantId,
        email,
        fullName,
        role,
        method,
        local && mustChangePassword,
        local && firmRequiresMfa && !totp.enabled());
  }

  UserView view() {
    return new UserView(
        id,
        email,
        fullName,
        role,
        active,
        azureObjectId != null,
        passwordHash != null,
        totp.enabled(),
        mustChangePassword,
        signIns.lastSignInAt(),
        signIns.lockedUntil(),
        createdAt,
        version == null ? 0 : version);
  }

  UUID id() {
    return id;
  }

  UUID tenantId() {
    return tenantId;
  }

  String email() {
    return email;
  }

  String fullName() {
    return fullName;
  }

  Role role() {
    return role;
  }

  boolean active() {
    return active;
  }

  String passwordHash() {
    return passwordHash;
  }

  boolean mustChangePassword() {
    return mustChangePassword;
  }

  TotpFactor totp() {
    return totp;
  }

  SignInRecord signIns() {
    return signIns;
  }

  long version() {
    return version == null ? 0 : version;
  }
}
