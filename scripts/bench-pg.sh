#!/usr/bin/env bash
# npm run bench:pg -- [ingest] [timeline]: the benches with their PostgreSQL rows, on this
# machine's cluster, in one command (issue #14; docs/benchmarks.md). As root: a throwaway role
# and database are made for the run and dropped after (scripts/with-local-postgres.sh). With no
# argument, both. Environment (BENCH_ROWS, BENCH_SIZES, …) passes through.
set -euo pipefail
cd "$(dirname "$0")/.."
benches=("$@")
[ ${#benches[@]} -gt 0 ] || benches=(ingest timeline)
for bench in "${benches[@]}"; do
  case "$bench" in
    ingest | timeline) ;;
    *) echo "bench:pg runs ingest and/or timeline, not '$bench'" >&2; exit 2 ;;
  esac
done
exec scripts/with-local-postgres.sh bash -c 'for bench; do npm run --silent "bench:$bench"; done' _ "${benches[@]}"
