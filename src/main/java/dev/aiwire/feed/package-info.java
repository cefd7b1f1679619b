/**
 * Feeds and the sitemap: Atom feeds of the visible articles (the site, each language,
 * each tag), {@code /sitemap.xml} with the translations of each article as hreflang
 * alternates, and {@code /robots.txt}. Drafts and scheduled articles appear in none of
 * them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "article")
package dev.aiwire.feed;
