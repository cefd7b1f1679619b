#!/usr/bin/env bash
# Where start-up goes: starts the portal as the README deploys it (target/app, its class data
# sharing archive, Spring AOT) on an empty database with the sample content, through
# bench/StartupSteps.java (Spring's BufferingApplicationStartup), and prints each bean's own
# time summed by package, the slowest beans and the framework's other steps, up to the end of
# the application runners (content imported, search caught up). PROFILE=1 adds async-profiler
# (CPU samples, per thread, from the JVM's start to that point) and prints the share of CPU of
# each thread and, on the main thread, of each part. JAVA_OPTS sets the JVM (common.sh).
source "$(dirname "$0")/common.sh"
JAR=$(jar_file)
APP="$(dirname "$JAR")/app"
EXTRACTED="$APP/$(basename "$JAR")"
[ -f "$APP/aiwire.jsa" ] || { echo "no $APP/aiwire.jsa: build with ./mvnw package" >&2; exit 1; }
OUT="$BENCH_DIR/steps"
rm -rf "$OUT"; mkdir -p "$OUT/classes"
javac -nowarn -proc:none -cp "$EXTRACTED" -d "$OUT/classes" "$ROOT/bench/StartupSteps.java"
AGENT=()
if [ "${PROFILE:-0}" = 1 ]; then
  PROFILER_VERSION=4.1
  LIB="$BENCH_DIR/async-profiler-$PROFILER_VERSION/libasyncProfiler.so"
  if [ ! -f "$LIB" ]; then
    [ -f "$HOME/.m2/repository/tools/profiler/async-profiler/$PROFILER_VERSION/async-profiler-$PROFILER_VERSION.jar" ] ||
      (cd "$ROOT" && ./mvnw -q -B -ntp dependency:get -Dartifact="tools.profiler:async-profiler:$PROFILER_VERSION") >&2
    mkdir -p "$(dirname "$LIB")"
    unzip -p "$HOME/.m2/repository/tools/profiler/async-profiler/$PROFILER_VERSION/async-profiler-$PROFILER_VERSION.jar" \
      linux-x64/libasyncProfiler.so > "$LIB"
  fi
  AGENT=("-agentpath:$LIB=start,event=itimer,interval=5ms,threads,collapsed,file=$OUT/cpu.collapsed")
fi
# shellcheck disable=SC2086
java $PORTAL_JAVA_OPTS "${AGENT[@]}" -XX:SharedArchiveFile="$APP/aiwire.jsa" -Xlog:cds=off -Dspring.aot.enabled=true \
  -cp "$EXTRACTED:$OUT/classes" StartupSteps \
  --spring.datasource.url="jdbc:h2:file:$OUT/db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" \
  --aiwire.search.index-dir="$OUT/index" --aiwire.content-dir="$ROOT/content" \
  --server.port="$PORTAL_PORT" --server.address=127.0.0.1 --logging.level.root=warn "$@"
if [ -f "$OUT/cpu.collapsed" ]; then
  python3 - "$OUT/cpu.collapsed" <<'PY'
import collections, re, sys
# who burns the CPU: the part of the frame nearest the leaf that belongs to one of these
PARTS = [("Hibernate", "org/hibernate/"), ("Flyway", "org/flywaydb/"), ("Tomcat", "org/apache/catalina/"),
         ("Tomcat", "org/apache/tomcat/"), ("Tomcat", "org/apache/coyote/"), ("Thymeleaf", "org/thymeleaf/"),
         ("Lucene", "org/apache/lucene/"), ("H2", "org/h2/"), ("bcrypt", "org/springframework/security/crypto/bcrypt/"),
         ("Spring Security", "org/springframework/security/"), ("Spring Data", "org/springframework/data/"),
         ("actuator, metrics", "org/springframework/boot/actuate/"), ("actuator, metrics", "io/micrometer/"),
         ("Jackson", "tools/jackson/"), ("Jackson", "com/fasterxml/"), ("flexmark", "com/vladsch/"),
         ("byte-buddy", "net/bytebuddy/"), ("Hikari", "com/zaxxer/"), ("logging", "ch/qos/logback/"),
         ("portal", "dev/aiwire/"), ("Spring", "org/springframework/")]
# the phase of the main thread: the first of these found on the stack, from the root
PHASES = [("content import (runner)", "ContentImporter.run"), ("search catch-up (runner)", "SearchIndexer.run"),
          ("first editor (runner)", "FirstEditor.run"), ("web server start", "WebServerStartStopLifecycle.start"),
          ("Flyway migrate", "FlywayMigrationInitializer.afterPropertiesSet"),
          ("JPA: entity manager factory", "LocalContainerEntityManagerFactoryBean.afterPropertiesSet"),
          ("singletons (the rest)", "preInstantiateSingletons"), ("context refresh (the rest)", "AbstractApplicationContext.refresh"),
          ("before the context", "SpringApplication.run")]
def part(frames):
    for f in reversed(frames):
        if "__" in f:   # AOT's generated bean definitions
            continue
        for name, prefix in PARTS:
            if f.startswith(prefix):
                return name
    return "JDK or JVM alone"
threads, phases, parts = collections.Counter(), collections.Counter(), collections.Counter()
for line in open(sys.argv[1]):
    stack, _, count = line.rstrip().rpartition(" ")
    frames = stack.split(";")
    count = int(count)
    thread = frames[0].strip("[]").split(" tid=")[0]
    thread = "C2 compiler" if thread.startswith("C2 Compiler") else "C1 compiler" if thread.startswith("C1 Compiler") else thread
    thread = "request threads" if thread.startswith("http-nio") else thread
    threads[thread] += count
    if thread == "main":
        phase = next((n for n, m in PHASES if any(m in f for f in frames)), "other")
        phases[phase] += count
        parts[part(frames[1:])] += count
total = sum(threads.values())
print("== CPU samples by thread (%d samples of 5 ms, %.1f s)" % (total, total * 0.005))
for name, n in threads.most_common(12):
    print("%6.1f %%  %s" % (100.0 * n / total, name))
m = sum(phases.values())
print("== main thread (%.1f s), by phase" % (m * 0.005))
for name, n in phases.most_common():
    print("%6.1f %%  %s" % (100.0 * n / m, name))
print("== main thread, by the library nearest the leaf (JDK frames skipped)")
for name, n in parts.most_common(14):
    print("%6.1f %%  %s" % (100.0 * n / m, name))
PY
fi
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
