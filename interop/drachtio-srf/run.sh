#!/usr/bin/env bash
# Runs a drachtio-srf app against the embedded server and drives it with sipp: OPTIONS → 200,
# REGISTER → 200, INVITE → 486. Needs node/npm and sipp. Run from anywhere; exits non-zero on failure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
sipp_dir="$root/drachtio-embedded-server/src/test/resources/sipp"
SIP_PORT=${SIP_PORT:-5090} ADMIN_PORT=${ADMIN_PORT:-9099} SECRET=${SECRET:-cymru}

(cd "$root" && ./mvnw -B -q install -DskipTests -pl drachtio-embedded-server -am \
  && ./mvnw -B -q dependency:build-classpath -pl drachtio-embedded-server -Dmdep.outputFile="$here/.classpath")
classpath="$root/drachtio-embedded-server/target/classes:$(cat "$here/.classpath")"
(cd "$here" && npm install --no-audit --no-fund --silent)

java -cp "$classpath" "$here/EmbeddedServerMain.java" "$SIP_PORT" "$ADMIN_PORT" "$SECRET" > "$here/server.log" 2>&1 &
server=$!
trap 'kill $server ${app:-} 2>/dev/null || true' EXIT
until grep -q 'embedded server ready' "$here/server.log"; do sleep 0.5; done
ADMIN_PORT=$ADMIN_PORT SECRET=$SECRET node "$here/app.js" > "$here/app.log" 2>&1 &
app=$!
until grep -q 'srf connected' "$here/app.log"; do sleep 0.2; done

for scenario in uac-options.xml uac-register.xml uac-invite-486.xml; do
  sipp -sf "$sipp_dir/$scenario" -s service -m 1 -nostdin -timeout 15s "127.0.0.1:$SIP_PORT" > /dev/null
  echo "sipp $scenario: passed"
done
cat "$here/app.log"
