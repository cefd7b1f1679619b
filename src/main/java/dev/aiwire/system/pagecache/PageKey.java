package dev.aiwire.system.pagecache;

/**
 * What a cached page is looked up by: the URL as asked for and the language of the
 * interface.
 *
 * @param uri the path and query string
 * @param language the interface language the page was rendered in
 */
record PageKey(String uri, String language) {
}
