/**
 * The Office add-ins' manifests: the Outlook and Excel XML manifests, filled in from the templates
 * in {@code addin-manifest/} with the public URL, the version and the Entra client id, and the
 * add-ins' icons.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Add-ins",
    allowedDependencies = {"platform"})
package dev.steward.addins;
