/**
 * The page cache in front of the readers' pages: rendered pages kept by address and
 * interface language (and their gzipped bytes), served by a filter before anything else
 * runs, and emptied when an article is written here or the shared content version moves
 * on another instance ({@link dev.aiwire.system.pagecache.ContentVersions}).
 */
package dev.aiwire.system.pagecache;
