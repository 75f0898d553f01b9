/**
 * Cross-cutting plumbing only: problem-details errors, paging, the embedded PostgreSQL start and
 * the environment switches. It knows no feature.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Platform",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.steward.platform;
