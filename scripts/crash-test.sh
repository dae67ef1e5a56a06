#!/usr/bin/env bash
# Crash test (docs/reliability.md): 200 job seekers apply to one posting and the employer keeps publishing jobs;
# after 30 seconds the application is killed with SIGKILL (kill -9), started again on the same files, and the load
# goes on for 20 seconds. Then every acknowledged application and posting must be in the database, once, and every
# acknowledged posting must be searchable. Needs only a JDK; the result line is appended to target/reliability/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -Pload verify -Dload.crash=true "$@"
