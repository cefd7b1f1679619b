/**
 * The site-wide timeline for readers: {@code /timeline} and {@code /api/timeline}, one
 * page of events at a time in chronological order, filtered by year, language and tag.
 */
package dev.aiwire.timeline.web;
