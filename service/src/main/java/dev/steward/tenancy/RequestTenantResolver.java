package dev.steward.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/** Decides which firm an API request works for. */
public interface RequestTenantResolver {

  UUID resolve(HttpServletRequest request);
}
