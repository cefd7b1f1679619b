/**
 * The stored timeline: each article's dated events, the editors' corrections of them, and
 * the module's own record of each article (what the site timeline filters and shows).
 * Only the timeline module's own parts use them.
 */
package dev.aiwire.timeline.store;
