#!/usr/bin/env bash
# What the VEO analyzer costs a build. Generates a synthetic consumer solution (generate-solution.sh), builds it
# --no-incremental alternately without and with the analyzer for several rounds, and prints a Markdown table: the
# median wall-clock ratio, and the analyzer's own time from -p:ReportAnalyzer=true next to the SDK's analyzers.
#
#   bash benchmarks/analyzer-overhead/run.sh            # 1,000 files, 10,000 request constructions, 5 rounds
#   bash benchmarks/analyzer-overhead/run.sh --check    # 24 files, 1 round, no warm-up: checks the script works (CI)
#   options: --files N  --rounds N  --work DIR (default: a new temporary folder, deleted at the end)  --keep
#
# The client and the analyzer are built once from this repository (Release; Debug with --check) and copied into
# the synthetic solution, which then never touches the repository again. Exits non-zero when the analyzer does not
# report exactly the diagnostics the generator planted, so a broken analyzer cannot look fast.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
files=1000
rounds=5
warmup=1
configuration=Release
work=""
keep=false

while (( $# > 0 )); do
  case $1 in
    --check) files=24; rounds=1; warmup=0; configuration=Debug ;;
    --files) files=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --work) work=$2; shift ;;
    --keep) keep=true ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [[ -z $work ]]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/veo-analyzer-overhead.XXXXXX")
  [[ $keep == true ]] || trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
solution="$work/solution"
logs="$work/logs"
mkdir -p "$logs"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
load_at_start=$(load)

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
dotnet restore "$solution/Synthetic.sln" -nologo -v:q > "$logs/restore.log" 2>&1 || { cat "$logs/restore.log" >&2; exit 1; }

# One full build; prints its wall-clock seconds. $1: with analyzer (true/false), $2: log name, rest: extra arguments.
build() {
  local analyzer=$1 name=$2
  shift 2
  local start=$EPOCHREALTIME
  if ! dotnet build "$solution/Synthetic.sln" -c Release --no-restore --no-incremental -nologo -v:q -clp:NoSummary \
      -p:VeoAnalyzer="$analyzer" "$@" > "$logs/$name.log" 2>&1; then
    cat "$logs/$name.log" >&2
    echo "build $name failed" >&2
    exit 1
  fi
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f\n", b - a }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for (( w = 1; w <= warmup; w++ )); do
  log "warm-up (not timed)"
  build false warmup-without > /dev/null
  build true warmup-with > /dev/null
done

: > "$logs/times-without"
: > "$logs/times-with"
: > "$logs/ratios"
for (( r = 1; r <= rounds; r++ )); do
  # The order alternates so that a machine getting busier or quieter favours neither side.
  if (( r % 2 )); then
    without=$(build false "round$r-without"); with=$(build true "round$r-with")
  else
    with=$(build true "round$r-with"); without=$(build false "round$r-without")
  fi
  echo "$without" >> "$logs/times-without"
  echo "$with" >> "$logs/times-with"
  awk -v a="$with" -v b="$without" 'BEGIN { printf "%.4f\n", a / b }' >> "$logs/ratios"
  log "round $r/$rounds: without ${without}s, with ${with}s (load $(load))"
done

# The analyzers' own time, summed over the solution's projects, from the compiler's report.
log "timing the analyzers (-p:ReportAnalyzer=true)"
build true report -p:ReportAnalyzer=true -flp:"LogFile=$logs/report-detail.log;Verbosity=detailed" > /dev/null
analyzer_seconds() {
  # Assembly lines of the report: "   0.818   55   Veo.Contract.Analyzers, Version=...". "<0.001" counts as 0.
  # A parallel build may prefix lines with its node number ("2>").
  sed -E 's/^ *[0-9]+>//' "$logs/report-detail.log" | names="$1" awk '
    BEGIN { pattern = "^(" ENVIRON["names"] "),$" }
    /, Version=/ && $3 ~ pattern { total += ($1 ~ /^</) ? 0 : $1 }
    END { printf "%.3f\n", total }'
}
veo_seconds=$(analyzer_seconds 'Veo\.Contract\.Analyzers')
sdk_seconds=$(analyzer_seconds 'Microsoft\.CodeAnalysis\.NetAnalyzers|Microsoft\.CodeAnalysis\.CSharp\.NetAnalyzers')
all_seconds=$(awk '/Total analyzer execution time: [0-9.]+ seconds/ { for (i = 1; i <= NF; i++) if ($i == "time:") total += $(i + 1) } END { printf "%.3f\n", total }' "$logs/report-detail.log")
if [[ ! -s "$logs/report-detail.log" ]] || ! grep -q "Veo.Contract.Analyzers, Version=" "$logs/report-detail.log"; then
  echo "the analyzer report does not mention Veo.Contract.Analyzers: was the analyzer loaded?" >&2
  exit 1
fi

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
without_has_veo=$(grep -cE "warning VEO[0-9]{4}" "$logs/round1-without.log" || true)

median_without=$(median < "$logs/times-without")
median_with=$(median < "$logs/times-with")
median_ratio=$(median < "$logs/ratios")
veo_share=$(awk -v v="$veo_seconds" -v s="$sdk_seconds" 'BEGIN { if (s > 0) printf "%.3f", v / s; else print "n/a" }')
verdict() { awk -v x="$1" -v limit="$2" 'BEGIN { if (x == "n/a") print "n/a"; else if (x + 0 <= limit) print "meets"; else print "misses" }'; }

cat <<EOF

| Measure | Value | Target |
|---|---:|---|
| Synthetic solution | $files files, $(( files * 10 )) request constructions ($expected_total invalid), $(( (files + 249) / 250 )) project(s) | |
| Rounds (alternating, --no-incremental) | $rounds | |
| Median build without analyzer | ${median_without} s | |
| Median build with analyzer | ${median_with} s | |
| Median ratio with / without | ${median_ratio} | ≤ 1.02: $(verdict "$median_ratio" 1.02) |
| Veo analyzer time (ReportAnalyzer, all projects) | ${veo_seconds} s | |
| SDK analyzers (Microsoft.CodeAnalysis.NetAnalyzers + CSharp.NetAnalyzers) | ${sdk_seconds} s | |
| Veo / SDK analyzers | ${veo_share} | < 0.10: $(verdict "$veo_share" 0.0999) |
| All analyzers together | ${all_seconds} s | |
| VEO diagnostics reported | $found_total (expected $expected_total) | exact |

Per-round ratios: $(paste -sd' ' "$logs/ratios"). Load average (1, 5, 15 min) at start: $load_at_start; at end: $(load).
EOF

if [[ -n $mismatch || $found_total != "$expected_total" || $without_has_veo != 0 ]]; then
  echo "the analyzer did not report the planted diagnostics:$mismatch total $found_total of $expected_total; $without_has_veo VEO diagnostics without the analyzer" >&2
  exit 1
fi
[[ $keep == true ]] && log "kept $work"
exit 0
