package dev.aiwire.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * How Tomcat writes a page: with a socket buffer that holds a whole page and its headers,
 * a page of 30 KB leaves in one write system call instead of one per 8 KB (Tomcat's
 * default buffer); the writes were the largest single cost of a page served from memory.
 */
@Configuration(proxyBeanMethods = false)
class ServerTuning {

	/**
	 * Larger than nearly every reader page; a larger one is written in pieces of this
	 * size.
	 */
	static final DataSize WRITE_BUFFER = DataSize.ofKilobytes(64);

	@Bean
	TomcatConnectorCustomizer wholePageWrites() {
		return (connector) -> connector.setProperty("socket.appWriteBufSize", Long.toString(WRITE_BUFFER.toBytes()));
	}

}
