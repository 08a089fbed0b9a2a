#!/usr/bin/env bash
# Time to first successful create: from process start to the create response, for the same one-call app run under
# the JIT (framework-dependent `dotnet publish`) and as a Native AOT executable, against the standalone fake server
# on 127.0.0.1. Runs alternate between the two (the order flips each round) so that both see the same machine load,
# and the script prints a Markdown table of medians and the JIT / AOT ratio.
#
#   bash benchmarks/first-create/run.sh              # 30 rounds (one run of each app per round), after one warm-up each
#   bash benchmarks/first-create/run.sh --check      # 2 rounds: the script works (numbers not meaningful)
#   options: --rounds N  --work DIR (default: a new temporary folder, deleted at the end)  --keep
#
# "Process start" is the shell's clock just before it starts the program; "response" is the program's own clock
# (Unix microseconds, printed) right after CreateTaskAsync returned. Both read the same system clock. Exits non-zero
# if a run fails or the AOT publish shows a trim or AOT warning.
set -euo pipefail
export LC_ALL=C DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
project="$here/Veo.Contract.FirstCreate/Veo.Contract.FirstCreate.csproj"
rounds=30
work=""
keep=false

while (( $# > 0 )); do
  case $1 in
    --check) rounds=2 ;;
    --rounds) rounds=$2; shift ;;
    --work) work=$2; shift ;;
    --keep) keep=true ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

if [[ -z $work ]]; then
  work=$(mktemp -d -t veo-first-create.XXXXXX)
fi
mkdir -p "$work"
fake_pid=""
cleanup() {
  [[ -z $fake_pid ]] || kill "$fake_pid" 2>/dev/null || true
  [[ $keep == true ]] || rm -rf "$work"
}
trap cleanup EXIT

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
quiet() { "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; return 1; }; }

log "building the standalone fake server (Release)"
quiet dotnet build "$repo/src/Veo.Contract.FakeServer/Veo.Contract.FakeServer.csproj" -c Release -nologo -tl:off
fake_dll="$repo/src/Veo.Contract.FakeServer/bin/Release/net10.0/Veo.Contract.FakeServer.dll"

log "publishing the app under the JIT (framework-dependent)"
quiet dotnet publish "$project" -c Release -p:PublishAot=false -o "$work/jit" -nologo -tl:off
log "publishing the app with Native AOT (linux-x64)"
quiet dotnet publish "$project" -c Release -r linux-x64 -o "$work/aot" -nologo -tl:off
if grep -Eq '\b(warning|error) IL[23][0-9]{3}\b' "$work/last.log"; then
  grep -E '\b(warning|error) IL[23][0-9]{3}\b' "$work/last.log" | sort -u >&2
  echo "the Native AOT publish shows trim or AOT warnings" >&2
  exit 1
fi
jit="$work/jit/Veo.Contract.FirstCreate"
aot="$work/aot/Veo.Contract.FirstCreate"

log "starting the fake on 127.0.0.1 (a free port)"
dotnet "$fake_dll" --urls http://127.0.0.1:0 --complete-after 20s > "$work/fake.log" 2>&1 &
fake_pid=$!
for (( i = 0; i < 300; i++ )); do
  grep -q 'listening on' "$work/fake.log" && break
  kill -0 "$fake_pid" 2>/dev/null || { cat "$work/fake.log" >&2; exit 1; }
  sleep 0.1
done
address=$(sed -n 's/^Fake Veo server listening on //p' "$work/fake.log")
[[ -n $address ]] || { cat "$work/fake.log" >&2; exit 1; }
export VEO_BASE_URL=$address VEO_API_KEY=fake-veo-key

# Runs one app once; appends "to-response to-exit to-main" in milliseconds to the file named by its second argument.
time_one() {
  local program=$1 results=$2 start end output responded main
  start=${EPOCHREALTIME/./}
  output=$("$program")
  end=${EPOCHREALTIME/./}
  responded=$(sed -n 's/^created .* at \([0-9]*\), main at [0-9]*$/\1/p' <<<"$output")
  main=$(sed -n 's/^created .* at [0-9]*, main at \([0-9]*\)$/\1/p' <<<"$output")
  [[ -n $responded && -n $main ]] || { echo "$program printed no response: $output" >&2; return 1; }
  awk -v s="$start" -v r="$responded" -v e="$end" -v m="$main" 'BEGIN { printf "%.1f %.1f %.1f\n", (r - s) / 1000, (e - s) / 1000, (m - s) / 1000 }' >> "$results"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { awk -v c="$2" '{ print $c }' "$1"; }

log "warm-up: one run of each (not counted: it fills the file cache)"
time_one "$jit" /dev/null
time_one "$aot" /dev/null

load_at_start=$(load)
: > "$work/jit.txt"
: > "$work/aot.txt"
log "$rounds rounds, alternating"
for (( round = 1; round <= rounds; round++ )); do
  if (( round % 2 )); then
    time_one "$jit" "$work/jit.txt"; time_one "$aot" "$work/aot.txt"
  else
    time_one "$aot" "$work/aot.txt"; time_one "$jit" "$work/jit.txt"
  fi
done
load_at_end=$(load)

jit_response=$(column_of "$work/jit.txt" 1 | median)
aot_response=$(column_of "$work/aot.txt" 1 | median)
jit_exit=$(column_of "$work/jit.txt" 2 | median)
aot_exit=$(column_of "$work/aot.txt" 2 | median)
jit_main=$(column_of "$work/jit.txt" 3 | median)
aot_main=$(column_of "$work/aot.txt" 3 | median)
jit_call=$(awk '{ print $1 - $3 }' "$work/jit.txt" | median)
aot_call=$(awk '{ print $1 - $3 }' "$work/aot.txt" | median)
range() { column_of "$1" "$2" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s-%s", lo, hi }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
jit_size=$(du -sk "$work/jit" | cut -f1)
aot_size=$(du -k "$aot" | cut -f1)

cat <<TABLE
| Measure ($rounds runs each, alternating) | JIT (framework-dependent) | Native AOT | JIT / AOT |
|---|---:|---:|---:|
| **Median time to first create (process start to response)** | **$jit_response ms** | **$aot_response ms** | **$(ratio "$jit_response" "$aot_response")** |
| Range, time to first create | $(range "$work/jit.txt" 1) ms | $(range "$work/aot.txt" 1) ms | |
| Median, process start to Main (the runtime starting) | $jit_main ms | $aot_main ms | $(ratio "$jit_main" "$aot_main") |
| Median, Main to response (the first call: client, JSON, HttpClient, connection) | $jit_call ms | $aot_call ms | $(ratio "$jit_call" "$aot_call") |
| Median, process start to exit | $jit_exit ms | $aot_exit ms | $(ratio "$jit_exit" "$aot_exit") |
| Published size | $jit_size KiB (folder, without the shared runtime) | $aot_size KiB (one executable) | |

Load average (1, 5, 15 min) at start: $load_at_start; at end: $load_at_end.
TABLE
