import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.Node;

/**
 * A single OpenSearch node for the tests, started from the server's jars that Maven resolved
 * (org.opensearch:opensearch with the analysis-common and transport-netty4 modules, which a
 * packaged server loads from its modules folder and this node takes from the class path).
 * <p>
 * Run as a source file by dev.aiwire.search.OpenSearchNodes in a JVM of its own, with the class
 * path that Maven writes to target/opensearch-node.classpath:
 * {@code java -cp "$(cat target/opensearch-node.classpath)" src/test/opensearch/OpenSearchTestNode.java <home>}.
 * It listens on 127.0.0.1 on a port of the system's choice (or the one given after the home
 * folder, as the benchmarks do), prints {@code listening on <url>}
 * once it answers, and stops when its standard input closes, so that it never outlives the tests.
 */
public class OpenSearchTestNode {

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]);
		Settings settings = Settings.builder()
			.put("path.home", home.toString())
			.put("path.data", home.resolve("data").toString())
			.put("path.logs", home.resolve("logs").toString())
			.put("cluster.name", "aiwire-tests")
			.put("node.name", "aiwire-tests")
			.put("discovery.type", "single-node")
			.put("http.host", "127.0.0.1")
			.put("http.port", (args.length > 1) ? args[1] : "0")
			.put("transport.host", "127.0.0.1")
			.put("transport.port", "0")
			// a shared machine's disk may be fuller than a server's: never refuse to write for it
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.put("action.auto_create_index", false)
			.build();
		Node node = new Node(new Environment(settings, home.resolve("config")),
				List.of(org.opensearch.transport.Netty4Plugin.class,
						org.opensearch.analysis.common.CommonAnalysisPlugin.class),
				true) {
		};
		node.start();
		HttpServerTransport http = node.injector().getInstance(HttpServerTransport.class);
		System.out.println("listening on http://" + http.boundAddress().publishAddress());
		System.out.flush();
		InputStream parent = System.in;
		try {
			while (parent.read() != -1) {
				// nothing is expected on standard input: its end is the signal to stop
			}
		}
		catch (IOException ex) {
			// the parent is gone
		}
		node.close();
		System.exit(0);
	}

}
