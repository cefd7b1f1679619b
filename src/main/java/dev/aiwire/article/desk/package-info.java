/**
 * The editors' desk: previews that save nothing, new articles and new versions with their
 * conflicts and slug changes, the list of every article whatever its state, revisions,
 * the trash and the export. The admin module's pages call these services: the package is
 * the article module's named interface {@code desk}.
 */
@org.springframework.modulith.NamedInterface("desk")
package dev.aiwire.article.desk;
