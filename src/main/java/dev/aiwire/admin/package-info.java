/**
 * The editors' side: sign-in and editor accounts, upload with preview, editing with
 * revisions and conflicts, the trash and the export, and the one security configuration
 * of the site (editors' pages behind a login, security headers on every page).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "article", "article :: desk", "markdown" })
package dev.aiwire.admin;
