#!/usr/bin/env bash
# What the VEO analyzer costs a build. Generates a synthetic consumer solution (generate-solution.sh), builds it
# --no-incremental alternately without and with the analyzer for several rounds, and prints a Markdown table: the
# median build-time ratios (wall clock and CPU), and the analyzer's own time from -p:ReportAnalyzer=true next to
# the time the SDK's analyzers take on the same build.
#
#   bash benchmarks/analyzer-overhead/run.sh            # 1,000 files, 10,000 request constructions, 6 rounds
#   bash benchmarks/analyzer-overhead/run.sh --check    # 24 files, 1 round, no warm-up, no waiting: the script works (CI)
#   options: --files N  --rounds N  --work DIR (default: a new temporary folder, deleted at the end)  --keep
#            --max-wait SECONDS (per round, for the machine to fall quiet; default 900, 0 = do not wait)
#
# The client and the analyzer are built once from this repository (Release; Debug with --check) and copied into
# the synthetic solution, which then never touches the repository again. Every timed build runs its own compiler
# and MSBuild processes (no shared compiler server, no node reuse), so another build on the machine cannot queue in
# front of it; its CPU time is the machine's busy time during the build. Exits non-zero when the analyzer does not
# report exactly the diagnostics the generator planted, so a broken analyzer cannot look fast.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
files=1000
rounds=6
warmup=1
configuration=Release
work=""
keep=false
max_wait=900

while (( $# > 0 )); do
  case $1 in
    --check) files=24; rounds=1; warmup=0; configuration=Debug; max_wait=0 ;;
    --files) files=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --work) work=$2; shift ;;
    --keep) keep=true ;;
    --max-wait) max_wait=$2; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [[ -z $work ]]; then
  work=$(mktemp -d -t veo-analyzer-overhead.XXXXXX)
  [[ $keep == true ]] || trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
solution="$work/solution"
logs="$work/logs"
mkdir -p "$logs"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
load_at_start=$(load)

# Waits until nothing else wants the CPU: over 10 samples in 5 s, the runnable tasks other than this shell (read from
# /proc/loadavg without starting a process) add up to at most 3, so a stray wake-up does not count as a build.
quiet_samples=0
rounds_quiet=0
wait_for_quiet() {
  local deadline=$(( SECONDS + max_wait )) busy sample running
  while (( SECONDS < deadline )); do
    busy=0
    for (( sample = 0; sample < 10; sample++ )); do
      read -r _ _ _ running _ < /proc/loadavg
      busy=$(( busy + ${running%%/*} - 1 ))
      sleep 0.5
    done
    if (( busy <= 3 )); then
      quiet_samples=$(( quiet_samples + 1 ))
      return 0
    fi
  done
  (( max_wait == 0 )) || log "the machine did not fall quiet within ${max_wait}s; measuring anyway"
}

log "building the client and the analyzer ($configuration)"
dotnet build "$repo/src/Veo.Contract.Analyzers/Veo.Contract.Analyzers.csproj" -c "$configuration" -nologo -v:q > "$logs/build-ours.log" 2>&1 \
  || { cat "$logs/build-ours.log" >&2; exit 1; }

# A throw-away consumer of the client gathers it with its dependencies, the way a package reference would.
host="$work/reference-host"
mkdir -p "$host"
cat > "$host/ReferenceHost.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/Veo.Contract/Veo.Contract.csproj" />
  </ItemGroup>
</Project>
EOF
dotnet build "$host/ReferenceHost.csproj" -c "$configuration" -nologo -v:q >> "$logs/build-ours.log" 2>&1 \
  || { cat "$logs/build-ours.log" >&2; exit 1; }

log "generating $files files"
rm -rf "$solution"
bash "$here/generate-solution.sh" "$solution" "$files"
mkdir -p "$solution/refs" "$solution/analyzer"
find "$host/bin/$configuration/net10.0" -maxdepth 1 -name '*.dll' ! -name 'ReferenceHost.dll' -exec cp {} "$solution/refs/" \;
cp "$repo/src/Veo.Contract.Analyzers/bin/$configuration/netstandard2.0/Veo.Contract.Analyzers.dll" "$solution/analyzer/"
# Its twin with every invalid request made valid: the same code to analyze, nothing to report.
valid_solution="$work/solution-all-valid"
rm -rf "$valid_solution"
bash "$here/generate-solution.sh" "$valid_solution" "$files" --all-valid 2> /dev/null
cp -r "$solution/refs" "$solution/analyzer" "$valid_solution/"
for s in "$solution" "$valid_solution"; do
  dotnet restore "$s/Synthetic.sln" -nologo -v:q > "$logs/restore.log" 2>&1 || { cat "$logs/restore.log" >&2; exit 1; }
done

# Busy CPU time of the whole machine so far, in clock ticks (user, nice, system, irq, softirq, steal of /proc/stat).
# Counting the machine rather than a process tree also catches the compiler and MSBuild processes a build leaves
# to finish on their own; on a machine that fell quiet first, it is the build's own CPU time.
busy_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }

# One full build; prints "wall-seconds cpu-seconds". $1: with analyzer (true/false), $2: log name, rest: extra arguments.
build() {
  local analyzer=$1 name=$2 start busy_before
  shift 2
  busy_before=$(busy_ticks)
  start=$EPOCHREALTIME
  if ! dotnet build "${build_solution:-$solution}/Synthetic.sln" -c Release --no-restore --no-incremental -nologo -v:q -clp:NoSummary \
      -nodeReuse:false -p:UseSharedCompilation=false -p:VeoAnalyzer="$analyzer" "$@" > "$logs/$name.log" 2>&1; then
    cat "$logs/$name.log" >&2
    echo "build $name failed" >&2
    exit 1
  fi
  awk -v a="$start" -v b="$EPOCHREALTIME" -v c="$busy_before" -v d="$(busy_ticks)" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.3f %.3f\n", b - a, (d - c) / hz }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.3f\n", v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f\n", a / b }'; }

for (( w = 1; w <= warmup; w++ )); do
  log "warm-up (not timed): disk cache, restore state, first JIT of the SDK"
  build false warmup-without > /dev/null
  build true warmup-with > /dev/null
done

: > "$logs/rounds"
for (( r = 1; r <= rounds; r++ )); do
  wait_for_quiet
  rounds_quiet=$quiet_samples
  round_load=$(load)
  # The order alternates so that a machine getting busier or quieter favours neither side.
  if (( r % 2 )); then
    without=$(build false "round$r-without"); with=$(build true "round$r-with")
  else
    with=$(build true "round$r-with"); without=$(build false "round$r-without")
  fi
  read -r without_wall without_cpu <<< "$without"
  read -r with_wall with_cpu <<< "$with"
  echo "$without_wall $with_wall $(ratio "$with_wall" "$without_wall") $without_cpu $with_cpu $(ratio "$with_cpu" "$without_cpu") $round_load" >> "$logs/rounds"
  log "round $r/$rounds: wall ${without_wall}s -> ${with_wall}s, CPU ${without_cpu}s -> ${with_cpu}s (load before: $round_load)"
done

# The analyzers' own time, summed over the solution's projects, from the compiler's report.
wait_for_quiet
log "timing the analyzers (-p:ReportAnalyzer=true)"
build true report -p:ReportAnalyzer=true -flp:"LogFile=$logs/report-detail.log;Verbosity=detailed" > /dev/null
if ! grep -q "Veo.Contract.Analyzers, Version=" "$logs/report-detail.log"; then
  echo "the analyzer report does not mention Veo.Contract.Analyzers: was the analyzer loaded?" >&2
  exit 1
fi
analyzer_seconds() {
  # Assembly lines of the report: "   0.818   55   Veo.Contract.Analyzers, Version=...". "<0.001" counts as 0.
  # A parallel build may prefix lines with its node number ("2>"). $1: report, $2: assembly names (a regex).
  sed -E 's/^ *[0-9]+>//' "$1" | names="$2" awk '
    BEGIN { pattern = "^(" ENVIRON["names"] "),$" }
    /, Version=/ && $3 ~ pattern { total += ($1 ~ /^</) ? 0 : $1 }
    END { printf "%.3f\n", total }'
}
veo_names='Veo\.Contract\.Analyzers'
sdk_names='Microsoft\.CodeAnalysis\.NetAnalyzers|Microsoft\.CodeAnalysis\.CSharp\.NetAnalyzers'
veo_seconds=$(analyzer_seconds "$logs/report-detail.log" "$veo_names")
sdk_seconds=$(analyzer_seconds "$logs/report-detail.log" "$sdk_names")
all_seconds=$(awk '/Total analyzer execution time: [0-9.]+ seconds/ { for (i = 1; i <= NF; i++) if ($i == "time:") total += $(i + 1) } END { printf "%.3f\n", total }' "$logs/report-detail.log")

# The analyzer must have reported exactly what the generator planted, rule by rule, and nothing else.
# The console logger prints each warning twice (as it happens and once more per project): count distinct lines.
grep -E "warning VEO[0-9]{4}" "$logs/report.log" | sort -u > "$logs/veo-diagnostics.txt" || true
found_total=$(wc -l < "$logs/veo-diagnostics.txt")
expected_total=$(awk '$1 == "TOTAL" { print $2 }' "$solution/expected-diagnostics.txt")
mismatch=""
while read -r rule count; do
  [[ $rule == TOTAL ]] && continue
  got=$(grep -cE "warning $rule:" "$logs/veo-diagnostics.txt" || true)
  [[ $got == "$count" ]] || mismatch+=" $rule: expected $count, got $got;"
done < "$solution/expected-diagnostics.txt"
without_has_veo=0
[[ -f $logs/round1-without.log ]] && without_has_veo=$(grep -cE "warning VEO[0-9]{4}" "$logs/round1-without.log" || true)

# The same report on the all-valid twin separates looking at requests from reporting diagnostics.
wait_for_quiet
log "timing the analyzers on the all-valid twin"
build_solution=$valid_solution build true report-all-valid -p:ReportAnalyzer=true -flp:"LogFile=$logs/report-all-valid-detail.log;Verbosity=detailed" > /dev/null
valid_veo_seconds=$(analyzer_seconds "$logs/report-all-valid-detail.log" "$veo_names")
valid_sdk_seconds=$(analyzer_seconds "$logs/report-all-valid-detail.log" "$sdk_names")
valid_has_veo=$(grep -cE "warning VEO[0-9]{4}" "$logs/report-all-valid.log" || true)

column() { awk -v c="$1" '{ print $c }' "$logs/rounds"; }
median_without_wall=$(column 1 | median)
median_with_wall=$(column 2 | median)
median_wall_ratio=$(column 3 | median)
median_without_cpu=$(column 4 | median)
median_with_cpu=$(column 5 | median)
median_cpu_ratio=$(column 6 | median)
share() { awk -v v="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.3f", v / s; else print "n/a" }'; }
veo_share=$(share "$veo_seconds" "$sdk_seconds")
valid_veo_share=$(share "$valid_veo_seconds" "$valid_sdk_seconds")
verdict() { awk -v x="$1" -v limit="$2" 'BEGIN { if (x == "n/a") print "n/a"; else if (x + 0 <= limit) print "meets"; else print "misses" }'; }

cat <<EOF

| Measure | Value | Target |
|---|---:|---|
| Synthetic solution | $files files in $(( (files + 249) / 250 )) project(s), $(( files * 10 )) request constructions, $expected_total of them invalid | |
| Rounds (alternating, --no-incremental) | $rounds ($rounds_quiet started on a quiet machine) | |
| Median build, wall clock: without / with analyzer | ${median_without_wall} s / ${median_with_wall} s | |
| **Median wall-clock ratio with / without** | **${median_wall_ratio}** | ≤ 1.02: $(verdict "$median_wall_ratio" 1.02) |
| Median build, CPU time of the machine: without / with analyzer | ${median_without_cpu} s / ${median_with_cpu} s | |
| Median CPU ratio with / without | ${median_cpu_ratio} | |
| Veo analyzer (ReportAnalyzer, summed over projects) | ${veo_seconds} s | |
| SDK analyzers (Microsoft.CodeAnalysis.NetAnalyzers + CSharp.NetAnalyzers) | ${sdk_seconds} s | |
| **Veo / SDK analyzers** | **${veo_share}** | < 0.10: $(verdict "$veo_share" 0.0999) |
| All analyzers together | ${all_seconds} s | |
| Same report, all-valid twin (nothing to report): Veo / SDK analyzers | ${valid_veo_seconds} s / ${valid_sdk_seconds} s = ${valid_veo_share} | |
| VEO diagnostics reported | $found_total (expected $expected_total) | exact |

Rounds (wall without, with, ratio; CPU without, with, ratio; load before the round):
$(awk '{ printf "- %s s, %s s, %s; %s s, %s s, %s; %s %s %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }' "$logs/rounds")

Load average (1, 5, 15 min) at start: $load_at_start; at end: $(load).
EOF

if [[ -n $mismatch || $found_total != "$expected_total" || $without_has_veo != 0 || $valid_has_veo != 0 ]]; then
  echo "the analyzer did not report the planted diagnostics:$mismatch total $found_total of $expected_total; $without_has_veo VEO diagnostics without the analyzer, $valid_has_veo on the all-valid twin" >&2
  exit 1
fi
[[ $keep == true ]] && log "kept $work"
exit 0
