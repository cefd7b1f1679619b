package dev.aiwire.article.publishing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the Markdown articles imported at start-up live.
 *
 * @param contentDir the folder read at start-up ({@code aiwire.content-dir}, default
 * {@code content})
 */
@ConfigurationProperties("aiwire")
record ContentProperties(@DefaultValue("content") Path contentDir) {
}
