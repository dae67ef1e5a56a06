#!/usr/bin/env bash
# Lighthouse (mobile) on the public pages of a started app: home, search, a posting, the program finder, sign-in and
# statistics. Writes each page's scores (performance, accessibility, best practices, SEO) to target/lighthouse/ and
# prints them as a table for docs/performance.md.
#
#   scripts/lighthouse.sh                      # starts the app (demo data, port 8080) and stops it afterwards
#   BASE_URL=http://localhost:8080 scripts/lighthouse.sh   # against an app already running there
#
# Needs Node.js (npx fetches Lighthouse 13.5.0 once) and Chromium (/usr/bin/chromium, or CHROME_PATH).
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE_VERSION=13.5.0
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
out=target/lighthouse
mkdir -p "$out"

started=""
if [ -z "${BASE_URL:-}" ]; then
  BASE_URL=http://localhost:8080
  echo "== starting the app (demo data) on $BASE_URL"
  ./mvnw -q -B -DskipTests package >/dev/null
  # A database, index, keys and uploads of its own under target/lighthouse, so ./data is left alone.
  java -jar target/recoveryworks-*.jar --spring.datasource.url="jdbc:h2:file:./$out/db" \
    --spring.jpa.properties.hibernate.search.backend.directory.root="./$out/index" --recoveryworks.upload-dir="./$out/uploads" \
    --recoveryworks.key-dir="./$out/keys" --recoveryworks.rate-limit.exempt-addresses=127.0.0.1 >"$out/app.log" 2>&1 &
  started=$!
  trap 'kill "$started" 2>/dev/null || true' EXIT
  # Ready when the search answers (it says 503 while the index is built).
  for _ in $(seq 1 180); do curl -fs "$BASE_URL/api/v1/jobs?size=1" >/dev/null 2>&1 && break; sleep 1; done
fi

posting=$(curl -fs "$BASE_URL/api/v1/jobs?q=peer+support&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["id"])')
pages=("/" "/jobs?q=peer+support&zip=06702" "/jobs/$posting" "/programs?where=06702" "/login" "/statistics")

echo "| page | performance | accessibility | best practices | SEO |"
echo "| --- | --- | --- | --- | --- |"
for page in "${pages[@]}"; do
  name=$(echo "$page" | tr -c 'a-z0-9' '_')
  npx --yes "lighthouse@$LIGHTHOUSE_VERSION" "$BASE_URL$page" --quiet --form-factor=mobile \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" --output=json --output-path="$out/$name.json" >/dev/null 2>&1 || true
  python3 - "$out/$name.json" "$page" <<'PY'
import json, sys
try:
    report = json.load(open(sys.argv[1]))
    c = report["categories"]
    score = lambda k: str(round(c[k]["score"] * 100)) if c.get(k) and c[k]["score"] is not None else "-"
    print(f"| `{sys.argv[2]}` | {score('performance')} | {score('accessibility')} | {score('best-practices')} | {score('seo')} |")
except Exception as e:
    print(f"| `{sys.argv[2]}` | failed: {e} | | | |")
PY
done
