#!/usr/bin/env bash
# CPU per call of the same application written twice — app.js on drachtio-srf (Node.js) and
# SameAsSrfApplication on the starter (benchmarks module; plain handler methods, then reactive ones) —
# through the same server: the embedded server
# in its own JVM. For each app: connect, a warm-up sipp run, then a measured run; the app's CPU time
# (utime + stime of its process, /proc/PID/stat) over the measured run divided by the calls. Needs node/npm
# and sipp. Usage: compare-cpu.sh [rate] [calls]   (defaults 500 calls/s, 20000 calls per scenario)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
sipp_dir="$root/drachtio-embedded-server/src/test/resources/sipp"
SIP_PORT=${SIP_PORT:-5090} ADMIN_PORT=${ADMIN_PORT:-9099} SECRET=${SECRET:-cymru}
rate=${1:-500} calls=${2:-20000}
ticks=$(getconf CLK_TCK)

(cd "$root" && ./mvnw -B -q install -DskipTests -pl drachtio-embedded-server,benchmarks -am \
  && ./mvnw -B -q dependency:build-classpath -pl drachtio-embedded-server -Dmdep.outputFile="$here/.classpath" \
  && ./mvnw -B -q dependency:build-classpath -pl benchmarks -Dmdep.outputFile="$here/.app-classpath")
(cd "$here" && npm install --no-audit --no-fund --silent)

cpu_ms() { awk -v t="$ticks" '{print ($14 + $15) * 1000 / t}' "/proc/$1/stat"; }

java -cp "$root/drachtio-embedded-server/target/classes:$(cat "$here/.classpath")" "$here/EmbeddedServerMain.java" \
  "$SIP_PORT" "$ADMIN_PORT" "$SECRET" > "$here/server.log" 2>&1 &
server=$!
trap 'kill $server ${app:-} 2>/dev/null || true' EXIT
until grep -q 'embedded server ready' "$here/server.log"; do sleep 0.5; done

run_sipp() { # scenario
  sipp -sf "$sipp_dir/$1" -s service -r "$rate" -m "$calls" -nostdin -timeout 300s "127.0.0.1:$SIP_PORT" \
    > /dev/null 2>&1
}

measure() { # scenario (the app's name in $name)
  local scenario=$1
  run_sipp "$scenario" || true
  local app_before server_before start app_after server_after end
  app_before=$(cpu_ms "$app"); server_before=$(cpu_ms "$server"); start=$(date +%s.%N)
  run_sipp "$scenario" && status=ok || status="sipp failed"
  app_after=$(cpu_ms "$app"); server_after=$(cpu_ms "$server"); end=$(date +%s.%N)
  awk -v n="$name" -v s="$scenario" -v c="$calls" -v r="$rate" -v a0="$app_before" -v a1="$app_after" \
      -v s0="$server_before" -v s1="$server_after" -v t0="$start" -v t1="$end" -v st="$status" 'BEGIN {
    printf "%-17s %-20s %6d calls at %4d/s in %5.1f s (%s): app CPU %7.0f ms = %4.0f µs/call, server %4.0f µs/call\n",
      n, s, c, r, t1 - t0, st, a1 - a0, (a1 - a0) * 1000 / c, (s1 - s0) * 1000 / c }'
}

run_app() { # name, then the command
  name=$1; shift
  "$@" > "$here/app.log" 2>&1 &
  app=$!
  until grep -qE 'srf connected|connected to drachtio-server' "$here/app.log"; do
    kill -0 "$app" 2>/dev/null || { cat "$here/app.log"; exit 1; }
    sleep 0.3
  done
  for scenario in uac-options.xml uac-invite-486.xml uac-register.xml; do
    measure "$scenario"
  done
  kill "$app"; wait "$app" 2>/dev/null || true
}

echo "rate $rate/s, $calls calls per scenario (after a warm-up run of as many); $(nproc) CPUs"
run_app drachtio-srf env QUIET=1 ADMIN_PORT="$ADMIN_PORT" SECRET="$SECRET" node "$here/app.js"
for answers in blocking reactive; do
  run_app "starter $answers" java -cp "$root/benchmarks/target/classes:$(cat "$here/.app-classpath")" \
    io.drachtio.benchmarks.appcpu.SameAsSrfApplication --answers="$answers" --drachtio.host=127.0.0.1 \
    --drachtio.port="$ADMIN_PORT" --drachtio.secret="$SECRET"
done
