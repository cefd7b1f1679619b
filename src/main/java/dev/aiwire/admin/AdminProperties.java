package dev.aiwire.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The editors' side.
 *
 * @param username user name of the first editor ({@code AIWIRE_ADMIN_USERNAME}, default
 * {@code admin})
 * @param password password of the first editor ({@code AIWIRE_ADMIN_PASSWORD}); without
 * one, a random password is generated at the first start and logged once
 * @param maxUpload largest Markdown file or paste an editor may submit (default 2MB)
 */
@ConfigurationProperties("aiwire.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password,
		@DefaultValue("2MB") DataSize maxUpload) {

	/**
	 * Largest request body: a file and a paste at their limit, and the rest of the form.
	 */
	long maxRequestBytes() {
		return 2 * this.maxUpload.toBytes() + 64 * 1024;
	}

}
