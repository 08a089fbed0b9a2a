#!/usr/bin/env bash
# What the VEO analyzer costs a build. Generates a synthetic consumer solution (generate-solution.sh) and its all-valid
# twin, then:
#  - rounds: alternating pairs of --no-incremental builds without and with the analyzer (the order alternates each
#    round), each build's compiler CPU (user+sys of every csc process, read by a wrapper around the compiler), the
#    CPU of the whole build (user+sys of its process tree) and its wall clock; the median ratio with/without of each,
#    with the spread over the pairs;
#  - reports: builds with -p:ReportAnalyzer=true, alternating the solution with findings and its all-valid twin; the
#    Veo analyzer's reported time against the SDK's analyzers and, with --logging, against the SDK's per-site checker
#    of constant logging templates (LoggerMessageDefineAnalyzer: CA2017, CA2254, ...), median of the builds.
#
#   bash benchmarks/analyzer-overhead/run.sh --logging --rounds 0 --reports 5          # goal 1: per site
#   bash benchmarks/analyzer-overhead/run.sh --rounds 10 --reports 0                   # goal 2: 1,000 files, findings
#   bash benchmarks/analyzer-overhead/run.sh --rounds 10 --reports 0 --all-valid       # goal 2: the valid twin
#   bash benchmarks/analyzer-overhead/run.sh --files 20 --requests 2 --rounds 20 --reports 0   # goal 2: fixed cost
#   bash benchmarks/analyzer-overhead/run.sh --requests 0 --rounds 0 --reports 5       # goal 4: idle
#   bash benchmarks/analyzer-overhead/run.sh --check    # 24 files, 1 round, 1 report, no waiting: the script works (CI)
#   options: --files N (1000)  --requests 10|2|0 (per file, 10)  --logging  --rounds N (6)  --reports N (1)
#            --all-valid (the rounds build the twin)  --work DIR (default: a new temporary folder, deleted at the end)
#            --keep  --max-wait SECONDS (per round, for the machine to fall quiet; default 900, 0 = do not wait)
#
# The client and the analyzer are built once from this repository (Release; Debug with --check) and copied into the
# synthetic solution, which then never touches the repository again; the solution gets the repository's global.json,
# so the SDK (and with it the SDK's analyzers, the yardstick) is the pinned one. Every timed build runs its own
# compiler and MSBuild processes (no shared compiler server, no node reuse), so another build on the machine cannot
# queue in front of it. Exits non-zero when the analyzer does not report exactly the diagnostics the generator
# planted (and, with --logging, the SDK not exactly its CA2017s), so a broken analyzer cannot look fast.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
files=1000
requests=10
logging=false
rounds=6
reports=1
warmup=1
rounds_on_twin=false
configuration=Release
work=""
keep=false
max_wait=900

while (( $# > 0 )); do
  case $1 in
    --check) files=24; rounds=1; reports=1; warmup=0; configuration=Debug; max_wait=0; logging=true ;;
    --files) files=$2; shift ;;
    --requests) requests=$2; shift ;;
    --logging) logging=true ;;
    --rounds) rounds=$2; shift ;;
    --reports) reports=$2; shift ;;
    --all-valid) rounds_on_twin=true ;;
    --work) work=$2; shift ;;
    --keep) keep=true ;;
    --max-wait) max_wait=$2; shift ;;
    -h|--help) sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
valid_solution="$work/solution-all-valid"
logs="$work/logs"
mkdir -p "$logs"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
load_at_start=$(load)

# Waits until nothing else wants the CPU: over 10 samples in 5 s, the runnable tasks other than this shell (read from
# /proc/loadavg without starting a process) add up to at most 3, so a stray wake-up does not count as a build.
quiet_samples=0
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

# The analyzer as the package ships it: its ReadyToRun image in Release (src/Veo.Contract.Analyzers/ReadyToRun.targets).
analyzer_dll=$(dotnet msbuild "$repo/src/Veo.Contract.Analyzers/Veo.Contract.Analyzers.csproj" -p:Configuration="$configuration" \
  -t:VeoPackagedAnalyzer -getTargetResult:VeoPackagedAnalyzer -nologo 2>> "$logs/build-ours.log" | sed -n 's/.*"FullPath": "\([^"]*\)".*/\1/p' | head -n 1)
[[ -f $analyzer_dll ]] || { echo "the analyzer build left no assembly to copy ($analyzer_dll)" >&2; exit 1; }
log "analyzer: $analyzer_dll"

log "generating $files files"
shape=(--requests "$requests")
[[ $logging == true ]] && shape+=(--logging)
rm -rf "$solution" "$valid_solution"
bash "$here/generate-solution.sh" "$solution" "$files" "${shape[@]}"
# Its twin with every invalid request (and logging call) made valid: the same code to analyze, nothing to report.
bash "$here/generate-solution.sh" "$valid_solution" "$files" "${shape[@]}" --all-valid 2> /dev/null
for s in "$solution" "$valid_solution"; do
  mkdir -p "$s/refs" "$s/analyzer"
  find "$host/bin/$configuration/net10.0" -maxdepth 1 -name '*.dll' ! -name 'ReferenceHost.dll' -exec cp {} "$s/refs/" \;
  cp "$analyzer_dll" "$s/analyzer/"
  dotnet restore "$s/Synthetic.sln" -nologo -v:q > "$logs/restore.log" 2>&1 || { cat "$logs/restore.log" >&2; exit 1; }
done
sdk_version=$(cd "$solution" && dotnet --version)

# The compiler, wrapped: each csc process appends its user and system CPU seconds to $VEO_CSC_TIMES, so a build's
# compiler CPU is read from the compiler's own processes whatever else runs on the machine.
real_csc="$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$sdk_version/Roslyn/bincore/csc"
[[ -x $real_csc ]] || { echo "no compiler at $real_csc" >&2; exit 1; }
mkdir -p "$work/csc"
cat > "$work/csc/csc" <<EOF
#!/usr/bin/env bash
exec /usr/bin/time -a -o "\$VEO_CSC_TIMES" -f '%U %S' "$real_csc" "\$@"
EOF
chmod +x "$work/csc/csc"

# One full build; prints "wall-seconds build-cpu-seconds compiler-cpu-seconds compilers".
# $1: solution, $2: with analyzer (true/false), $3: log name, rest: extra arguments.
build() {
  local target=$1 analyzer=$2 name=$3
  shift 3
  : > "$logs/$name.csc"
  if ! VEO_CSC_TIMES="$logs/$name.csc" /usr/bin/time -o "$logs/$name.time" -f '%e %U %S' \
      dotnet build "$target/Synthetic.sln" -c Release --no-restore --no-incremental -nologo -v:q -clp:NoSummary \
      -nodeReuse:false -p:UseSharedCompilation=false -p:CscToolPath="$work/csc" -p:CscToolExe=csc \
      -p:VeoAnalyzer="$analyzer" "$@" > "$logs/$name.log" 2>&1; then
    cat "$logs/$name.log" >&2
    echo "build $name failed" >&2
    exit 1
  fi
  awk 'NR == FNR { wall = $1; cpu = $2 + $3; next } { compiler += $1 + $2; n++ }
       END { printf "%.3f %.3f %.3f %d\n", wall, cpu, compiler, n }' "$logs/$name.time" "$logs/$name.csc"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) printf "%.4f\n", v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
spread() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else printf "%.3f-%.3f (quartiles %.3f-%.3f)\n", v[1], v[NR], v[int((NR + 3) / 4)], v[int((3 * NR + 3) / 4)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.4f\n", a / b; else print "n/a" }'; }

rounds_solution=$solution
[[ $rounds_on_twin == true ]] && rounds_solution=$valid_solution
for (( w = 1; w <= warmup; w++ )); do
  log "warm-up (not timed): disk cache, restore state, first JIT of the SDK"
  build "$rounds_solution" false warmup-without > /dev/null
  build "$rounds_solution" true warmup-with > /dev/null
done

: > "$logs/rounds"
rounds_quiet=0
for (( r = 1; r <= rounds; r++ )); do
  wait_for_quiet
  rounds_quiet=$quiet_samples
  round_load=$(load)
  # The order alternates so that a machine getting busier or quieter favours neither side.
  if (( r % 2 )); then
    without=$(build "$rounds_solution" false "round$r-without"); with=$(build "$rounds_solution" true "round$r-with")
  else
    with=$(build "$rounds_solution" true "round$r-with"); without=$(build "$rounds_solution" false "round$r-without")
  fi
  read -r without_wall without_cpu without_csc compilers <<< "$without"
  read -r with_wall with_cpu with_csc _ <<< "$with"
  echo "$without_csc $with_csc $(ratio "$with_csc" "$without_csc") $without_cpu $with_cpu $(ratio "$with_cpu" "$without_cpu") $without_wall $with_wall $(ratio "$with_wall" "$without_wall") $compilers $round_load" >> "$logs/rounds"
  log "round $r/$rounds: compiler CPU ${without_csc}s -> ${with_csc}s, build CPU ${without_cpu}s -> ${with_cpu}s, wall ${without_wall}s -> ${with_wall}s (load before: $round_load)"
done

# The analyzers' own time from the compiler's report, summed over the solution's projects.
# Assembly lines: "   0.818   55   Veo.Contract.Analyzers, Version=..."; analyzer lines below them:
# "      0.212   14      Microsoft.NetCore.Analyzers.Runtime.LoggerMessageDefineAnalyzer (CA1727, ...)". "<0.001" counts
# as 0. A parallel build may prefix lines with its node number ("2>"). $1: report, $2: a regex of names.
assembly_seconds() {
  sed -E 's/^ *[0-9]+>//' "$1" | names="$2" awk '
    BEGIN { pattern = "^(" ENVIRON["names"] "),$" }
    /, Version=/ && $3 ~ pattern { total += ($1 ~ /^</) ? 0 : $1 }
    END { printf "%.3f\n", total }'
}
analyzer_seconds() {
  sed -E 's/^ *[0-9]+>//' "$1" | name="$2" awk '
    $3 == ENVIRON["name"] { total += ($1 ~ /^</) ? 0 : $1 }
    END { printf "%.3f\n", total }'
}
veo_names='Veo\.Contract\.Analyzers'
sdk_names='Microsoft\.CodeAnalysis\.NetAnalyzers|Microsoft\.CodeAnalysis\.CSharp\.NetAnalyzers'
logging_analyzer='Microsoft.NetCore.Analyzers.Runtime.LoggerMessageDefineAnalyzer'

# The analyzer must report exactly what the generator planted, rule by rule, and nothing else; without it, nothing.
# The console logger prints each warning twice (as it happens and once more per project): count distinct lines.
check_diagnostics() { # $1: build log, $2: solution (expected-diagnostics.txt), $3: true for the twin
  local found expected mismatch="" rule count got
  found=$(grep -E "warning VEO[0-9]{4}" "$1" | sort -u | wc -l)
  if [[ $3 == true ]]; then
    (( found == 0 )) || mismatch+=" $found VEO diagnostics on the all-valid twin;"
  else
    expected=$(awk '$1 == "TOTAL" { print $2 }' "$2/expected-diagnostics.txt")
    (( found == expected )) || mismatch+=" $found VEO diagnostics, expected $expected;"
    while read -r rule count; do
      [[ $rule == TOTAL ]] && continue
      got=$(grep -E "warning $rule:" "$1" | sort -u | wc -l)
      [[ $got == "$count" ]] || mismatch+=" $rule: expected $count, got $got;"
    done < "$2/expected-diagnostics.txt"
  fi
  if [[ $logging == true ]]; then
    expected=0
    [[ $3 == true ]] || expected=$(awk '$1 == "CA2017" { print $2 }' "$2/expected-logging.txt")
    got=$(grep -E "warning CA2017:" "$1" | sort -u | wc -l)
    (( got == expected )) || mismatch+=" CA2017: expected $expected, got $got;"
  fi
  echo "$mismatch"
}

problems=""
for (( r = 1; r <= rounds; r++ )); do
  bad=$(check_diagnostics "$logs/round$r-with.log" "$rounds_solution" "$rounds_on_twin")
  [[ -z $bad ]] || problems+=" round $r:$bad"
  if grep -qE "warning VEO[0-9]{4}" "$logs/round$r-without.log"; then problems+=" VEO diagnostics without the analyzer (round $r);"; fi
done

: > "$logs/reports"
for (( k = 1; k <= reports; k++ )); do
  for variant in mixed twin; do
    target=$solution twin=false
    [[ $variant == twin ]] && target=$valid_solution twin=true
    wait_for_quiet
    report_load=$(load)
    log "report $k/$reports ($variant): -p:ReportAnalyzer=true (load before: $report_load)"
    build "$target" true "report$k-$variant" -p:ReportAnalyzer=true -flp:"LogFile=$logs/report$k-$variant-detail.log;Verbosity=detailed" > /dev/null
    detail="$logs/report$k-$variant-detail.log"
    if ! grep -q "Veo.Contract.Analyzers, Version=" "$detail"; then
      echo "the analyzer report does not mention Veo.Contract.Analyzers: was the analyzer loaded?" >&2
      exit 1
    fi
    bad=$(check_diagnostics "$logs/report$k-$variant.log" "$target" "$twin")
    [[ -z $bad ]] || problems+=" report $k ($variant):$bad"
    veo=$(assembly_seconds "$detail" "$veo_names")
    sdk=$(assembly_seconds "$detail" "$sdk_names")
    logger=$(analyzer_seconds "$detail" "$logging_analyzer")
    all=$(awk '/Total analyzer execution time: [0-9.]+ seconds/ { for (i = 1; i <= NF; i++) if ($i == "time:") total += $(i + 1) } END { printf "%.3f\n", total }' "$detail")
    echo "$variant $veo $sdk $logger $all $(ratio "$veo" "$sdk") $(ratio "$veo" "$logger") $report_load" >> "$logs/reports"
  done
done

column() { awk -v c="$1" '{ print $c }' "$logs/rounds"; }
report_column() { awk -v v="$1" -v c="$2" '$1 == v { print $c }' "$logs/reports"; }
verdict() { awk -v x="$1" -v limit="$2" 'BEGIN { if (x == "n/a" || x == "") print "n/a"; else if (x + 0 <= limit) print "meets"; else print "misses" }'; }
requests_total=$(( files * requests ))
invalid_total=$(awk '$1 == "TOTAL" { print $2 }' "$solution/expected-diagnostics.txt")

echo
echo "| Measure | Value | Target |"
echo "|---|---:|---|"
echo "| Synthetic solution | $files files in $(( (files + 249) / 250 )) project(s), $requests_total request constructions ($invalid_total invalid; twin: none)$([[ $logging == true ]] && echo ", $(( files * 10 )) constant-template logging calls ($(awk '{ print $2 }' "$solution/expected-logging.txt") CA2017; twin: none)") | |"
echo "| SDK, analysis level | $sdk_version, AnalysisLevel 10.0 / AnalysisMode Default | |"
if (( rounds > 0 )); then
  which_solution="with findings"
  [[ $rounds_on_twin == true ]] && which_solution="all-valid twin"
  echo "| Rounds (alternating pairs, --no-incremental, $which_solution) | $rounds ($rounds_quiet started on a quiet machine) | |"
  echo "| Median compiler CPU (user+sys of csc): without / with analyzer | $(column 1 | median) s / $(column 2 | median) s | |"
  echo "| **Median compiler CPU ratio with / without** (spread over pairs) | **$(column 3 | median)** ($(column 3 | spread)) | ≤ 1.05: $(verdict "$(column 3 | median)" 1.05) |"
  echo "| Median build CPU ratio (user+sys of the whole build) | $(column 6 | median) ($(column 6 | spread)) | |"
  echo "| Median wall-clock ratio | $(column 9 | median) ($(column 9 | spread)) | |"
fi
if (( reports > 0 )); then
  echo "| Reports (ReportAnalyzer builds of each solution, alternating) | $reports | |"
  for variant in mixed twin; do
    label="with findings"
    [[ $variant == twin ]] && label="all-valid twin"
    echo "| $label: Veo / SDK analyzers s (median) | $(report_column $variant 2 | median) / $(report_column $variant 3 | median) | |"
    echo "| $label: **Veo / SDK analyzers**, median of builds (spread) | **$(report_column $variant 6 | median)** ($(report_column $variant 6 | spread)) | $( (( requests == 0 )) && echo "≤ 0.005: $(verdict "$(report_column $variant 6 | median)" 0.005)") |"
    if [[ $logging == true ]]; then
      echo "| $label: LoggerMessageDefineAnalyzer s (median) | $(report_column $variant 4 | median) | |"
      echo "| $label: **Veo / LoggerMessageDefineAnalyzer**, median of builds (spread) | **$(report_column $variant 7 | median)** ($(report_column $variant 7 | spread)) | ≤ 0.10: $(verdict "$(report_column $variant 7 | median)" 0.10) |"
    fi
  done
fi
echo
if (( rounds > 0 )); then
  echo "Rounds (compiler CPU without, with, ratio; build CPU without, with, ratio; wall without, with, ratio; compiler processes; load before):"
  awk '{ printf "- %s s, %s s, %s; %s s, %s s, %s; %s s, %s s, %s; %s; %s %s %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13 }' "$logs/rounds"
fi
if (( reports > 0 )); then
  echo "Reports (solution: Veo s, SDK s, LoggerMessageDefineAnalyzer s, all analyzers s, Veo/SDK, Veo/Logger; load before):"
  awk '{ printf "- %s: %s, %s, %s, %s, %s, %s; %s %s %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 }' "$logs/reports"
fi
echo
echo "Load average (1, 5, 15 min) at start: $load_at_start; at end: $(load)."

if [[ -n $problems ]]; then
  echo "the analyzers did not report the planted diagnostics:$problems" >&2
  exit 1
fi
[[ $keep == true ]] && log "kept $work"
exit 0
