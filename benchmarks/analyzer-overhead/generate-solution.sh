#!/usr/bin/env bash
# Writes a synthetic consumer solution of FILES C# files (request constructions among unrelated code) into DIR, split
# into projects of at most 250 files. Of the 10 requests a file builds by default, half are valid constants, a fifth
# break one VEO rule each (the rules take turns), the rest use values the compiler cannot know.
# DIR/expected-diagnostics.txt gets the number of VEO diagnostics (and CA2017 ones with --logging) a correct
# analyzer reports, per rule.
#
#   generate-solution.sh DIR FILES [--all-valid] [--requests 10|2|0] [--logging]
#
# --all-valid  the same solution with a valid request (and logging call) in place of each invalid one: the analyzers
#              then have the same amount of code to look at and nothing to report.
# --requests   request constructions per file: 10 (the default, above), 2 (one to send and one that breaks a rule:
#              a small project, for the fixed cost of loading the analyzer) or 0 (the client is used, no request is
#              built: what an idle analyzer costs).
# --logging    adds 10 ILogger calls with constant message templates per file, 2 of them with a placeholder count
#              that does not match their arguments (CA2017): the sites the SDK's LoggerMessageDefineAnalyzer checks,
#              one per request, as the anchor for the analyzer's time per site.
#
# The projects reference the client as plain assemblies (DIR/refs/*.dll) and take the analyzer from
# DIR/analyzer/Veo.Contract.Analyzers.dll only when built with -p:VeoAnalyzer=true; run.sh copies both there. What
# the SDK's analyzers do is pinned: the SDK by the repository's global.json (copied into DIR) and the analysis level
# and mode written out, as the SDK would default them for net10.0.
set -euo pipefail

dir=${1:?usage: generate-solution.sh DIR FILES [--all-valid] [--requests 10|2|0] [--logging]}
files=${2:?usage: generate-solution.sh DIR FILES [--all-valid] [--requests 10|2|0] [--logging]}
shift 2
all_valid=false
requests=10
logging=false
while (( $# > 0 )); do
  case $1 in
    --all-valid) all_valid=true ;;
    --requests) requests=$2; shift ;;
    --logging) logging=true ;;
    *) echo "generate-solution.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[[ $requests == 10 || $requests == 2 || $requests == 0 ]] || { echo "generate-solution.sh: --requests takes 10, 2 or 0" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
files_per_project=250
rules=(VEO0001 VEO0002 VEO0003 VEO0004 VEO0005 VEO0006 VEO0007 VEO0008 VEO0009 VEO0010 VEO0011 VEO0012)

mkdir -p "$dir"
# The SDK's analyzers are the yardstick: the same SDK as the repository's, wherever DIR is.
cp "$here/../../global.json" "$dir/global.json"
cat > "$dir/Directory.Build.props" <<'EOF'
<Project>
  <!-- Synthetic consumer solution written by benchmarks/analyzer-overhead/generate-solution.sh. -->
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <!-- What the SDK defaults to for net10.0 (latest = 10.0, mode Default), written out so the yardstick cannot move. -->
    <AnalysisLevel>10.0</AnalysisLevel>
    <AnalysisMode>Default</AnalysisMode>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <Deterministic>true</Deterministic>
    <VeoAnalyzer Condition="'$(VeoAnalyzer)' == ''">false</VeoAnalyzer>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$(MSBuildThisFileDirectory)refs/*.dll" />
    <Analyzer Include="$(MSBuildThisFileDirectory)analyzer/Veo.Contract.Analyzers.dll" Condition="'$(VeoAnalyzer)' == 'true'" />
    <!-- The invalid requests are deliberate: their diagnostics are warnings here, so both builds succeed. -->
    <GlobalAnalyzerConfigFiles Include="$(MSBuildThisFileDirectory)veo-as-warnings.globalconfig" />
  </ItemGroup>
</Project>
EOF

{
  echo "is_global = true"
  for rule in "${rules[@]}"; do
    echo "dotnet_diagnostic.$rule.severity = warning"
  done
} > "$dir/veo-as-warnings.globalconfig"

# One request per rule, each breaking exactly that rule (the same forms as samples/AnalyzerTour).
invalid_request() {
  case $1 in
    0) echo 'new CreateTaskRequest { Model = "veo-3", Prompt = "A lighthouse at dusk" }' ;;
    1) echo 'new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A paper boat", Duration = 5 }' ;;
    2) echo 'new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "Rain on a window", Resolution = Resolution.FullHd1080p, Duration = ShortClip }' ;;
    3) echo 'new CreateTaskRequest { Model = OldModel, Prompt = "A city at night", Resolution = Resolution.Uhd4k, Duration = 8 }' ;;
    4) echo 'Seeded()' ;;
    5) echo 'new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A forest path", AspectRatio = (AspectRatio)2 }' ;;
    6) echo 'new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A desert road", Resolution = (Resolution)3, Duration = 8 }' ;;
    7) echo 'new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A busy market", Extra = new GenerationExtra { PersonGeneration = "allow_kids" } }' ;;
    8) echo 'new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "   " }' ;;
    9) echo 'new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "An empty street", NegativePrompt = "no cars" }' ;;
    10) echo 'new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A sunrise", CallbackUrl = production ? "https://example.com/hooks/veo" : "/hooks/veo" }' ;;
    11) echo 'new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A kite", Action = "extend" }' ;;
  esac
}

declare -A expected
for rule in "${rules[@]}"; do expected[$rule]=0; done
expected_logging=0

# Ten logging calls with constant templates, as the SDK's CA2017/CA2254 checker sees them; the third and the eighth
# pass one argument fewer than their templates name (CA2017) unless --all-valid.
logging_calls() {
  local index=$1 broken3 broken8
  if [[ $all_valid == true ]]; then
    broken3='_logger.LogWarning("Retry {Attempt} of {Attempts}", attempt, attempts);'
    broken8='_logger.LogInformation("Counted {Key} in {Group}", key, group);'
  else
    broken3='_logger.LogWarning("Retry {Attempt} of {Attempts}", attempt);'
    broken8='_logger.LogInformation("Counted {Key} in {Group}", key);'
  fi
  cat <<EOF

    // Logging with constant message templates: the sites the SDK's LoggerMessageDefineAnalyzer checks.
    public void Report(string prompt, string key, string group, string taskId, int count, int attempt, int attempts, Exception exception)
    {
        _logger.LogInformation("Feature {Index} built {Count} requests", $index, count);
        _logger.LogDebug("Prompt {Prompt} for model {Model}", prompt, _model);
        $broken3
        _logger.LogError(exception, "Submit failed for {TaskId}", taskId);
        _logger.LogInformation("Counted {Key}", key);
        _logger.LogTrace("Attempt {Attempt} of feature {Index}", attempt, $index);
        _logger.LogDebug("Group {Group} has {Count} entries", group, count);
        $broken8
        _logger.Log(LogLevel.Information, "Averages over {Groups} groups", count);
        _logger.LogCritical("Feature {Index} stopped after {Attempts} attempts", $index, attempts);
    }
EOF
}

# The ten requests of a file (--requests 10): valid constants, values the compiler cannot know and two mistakes.
ten_requests() {
  local index=$1 mistakes=$2
  cat <<EOF

    public IEnumerable<CreateTaskRequest> Requests(bool production, bool portrait, int seconds, string prompt, IReadOnlyList<string> words)
    {
        // Valid constants: literals, const fields, concatenation, a ?: of constants, a later assignment.
        yield return new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A lighthouse at dusk, take $index", AspectRatio = AspectRatio.Landscape16x9, Duration = 8, Resolution = Resolution.FullHd1080p };
        yield return new CreateTaskRequest { Model = DefaultModel, Prompt = "A paper " + "boat", Duration = LongClip, Resolution = Resolution.Uhd4k };
        var later = new CreateTaskRequest { Model = VeoModels.Veo30, Prompt = "Rain on a roof" };
        later.Duration = ShortClip;
        later.Resolution = Resolution.Hd720p;
        yield return later;
        yield return new CreateTaskRequest
        {
            Model = VeoModels.Veo31Fast,
            Prompt = "A kite over the dunes",
            AspectRatio = portrait ? AspectRatio.Portrait9x16 : AspectRatio.Landscape16x9,
            Seed = $index,
            Extra = new GenerationExtra { PersonGeneration = PersonGenerationSettings.AllowAdult },
        };

        // Values the compiler cannot know: never flagged.
        yield return new CreateTaskRequest { Model = _model, Prompt = prompt, Duration = seconds, Resolution = (Resolution)(seconds % 3) };
        var dynamic = new CreateTaskRequest { Model = _model, Prompt = string.Join(" ", words) };
        dynamic.NegativePrompt = words.FirstOrDefault();
        dynamic.CallbackUrl = Environment.GetEnvironmentVariable("VEO_HOOK");
        yield return dynamic;
        yield return new CreateTaskRequest { Model = VeoModels.Veo30, Prompt = "Waves on rocks", Duration = seconds, NegativePrompt = "boats" };

        // Mistakes the analyzer must find.
$mistakes
    }
EOF
}

write_file() {
  local project=$1 index=$2 first=$(( ($2 * 2) % 12 )) second=$(( ($2 * 2 + 1) % 12 ))
  # Two requests a file: one mistake, the rules taking turns file by file.
  (( requests == 2 )) && first=$(( index % 12 ))
  local mistakes requests_method="" submit seeded="" logger_using="" logger_field="" logger_parameter="" logger_assignment="" report=""
  if [[ $all_valid == true ]]; then
    mistakes='        yield return new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A kite", Duration = 6 };'
    (( requests == 10 )) && mistakes+='
        yield return new CreateTaskRequest { Model = VeoModels.Veo30, Prompt = "A busy market", Extra = new GenerationExtra { PersonGeneration = "allow_adult" } };'
    first=-1 second=-1
  elif (( requests > 0 )); then
    mistakes="        yield return $(invalid_request $first);"
    expected[${rules[$first]}]=$(( expected[${rules[$first]}] + 1 ))
    if (( requests == 10 )); then
      mistakes+="
        yield return $(invalid_request $second);"
      expected[${rules[$second]}]=$(( expected[${rules[$second]}] + 1 ))
    else
      second=-1
    fi
  fi
  # Rule 4 (seed on veo-3.0) is a later assignment, so it lives in a helper method, written only where it is used.
  if (( requests > 0 && (first == 4 || second == 4) )); then
    seeded='
    private static CreateTaskRequest Seeded()
    {
        var seeded = new CreateTaskRequest { Model = "veo-" + "3.0", Prompt = "Waves on rocks" };
        seeded.Seed = 42;
        return seeded;
    }
'
  fi

  if (( requests == 10 )); then
    requests_method=$(ten_requests "$index" "$mistakes")
  elif (( requests == 2 )); then
    requests_method="
    public IEnumerable<CreateTaskRequest> Requests(bool production)
    {
$mistakes
    }"
  fi

  if (( requests > 0 )); then
    submit='        var created = await _client.CreateTaskAsync(new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A city at night", Duration = 8, Resolution = Resolution.Uhd4k }, cancellationToken).ConfigureAwait(false);
        Count(created.Status);
        return created.TaskId;'
  else
    # The client is used, but no request is built: the analyzer has nothing to look at.
    submit='        var task = await _client.GetTaskAsync(_model, cancellationToken).ConfigureAwait(false);
        Count(task.Status.ToString());
        return task.TaskId;'
  fi

  if [[ $logging == true ]]; then
    logger_using='using Microsoft.Extensions.Logging;
'
    logger_field='
    private readonly ILogger _logger;'
    logger_parameter=', ILogger logger'
    logger_assignment='
        _logger = logger;'
    report=$(logging_calls "$index")
    [[ $all_valid == true ]] || expected_logging=$(( expected_logging + 2 ))
  fi

  cat <<EOF
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
${logger_using}using Veo.Contract;

namespace Synthetic.Module$project;

/// <summary>A feature of a made-up application: builds video requests the ways real code does, next to ordinary code.</summary>
public sealed class Feature$index
{
    private const string OldModel = VeoModels.Veo30;
    private const string DefaultModel = VeoModels.Veo31;
    private const int ShortClip = 6;
    private const int LongClip = 8;
    private readonly VeoClient _client;
    private readonly string _model;
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);$logger_field

    public Feature$index(VeoClient client, string model$logger_parameter)
    {
        _client = client;
        _model = model;$logger_assignment
    }
$requests_method

    public async Task<string> SubmitAsync(CancellationToken cancellationToken)
    {
$submit
    }
$seeded$report

    // Unrelated code below: what most of a real code base is.
    public void Count(string key) => _counts[key] = _counts.TryGetValue(key, out var count) ? count + 1 : 1;

    public IReadOnlyList<int> Primes(int limit)
    {
        var sieve = new bool[limit + 1];
        var primes = new List<int>();
        for (var i = 2; i <= limit; i++)
        {
            if (sieve[i])
            {
                continue;
            }

            primes.Add(i);
            for (var j = i * i; j <= limit; j += i)
            {
                sieve[j] = true;
            }
        }

        return primes;
    }

    public string Describe(Shape shape) => shape switch
    {
        Shape.Circle c => string.Create(CultureInfo.InvariantCulture, \$"circle r={c.Radius:0.00} area={Math.PI * c.Radius * c.Radius:0.00}"),
        Shape.Rectangle r when r.Width == r.Height => string.Create(CultureInfo.InvariantCulture, \$"square {r.Width}"),
        Shape.Rectangle r => string.Create(CultureInfo.InvariantCulture, \$"rectangle {r.Width}x{r.Height}"),
        _ => "unknown",
    };

    public Dictionary<string, double> Averages(IEnumerable<(string Group, double Value)> samples)
        => samples
            .GroupBy(sample => sample.Group, StringComparer.Ordinal)
            .Where(group => group.Any())
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Average(sample => sample.Value), StringComparer.Ordinal);

    public string Slug(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var character in title.Trim())
        {
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    public async Task<int> RetryAsync(Func<CancellationToken, Task<int>> action, int attempts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException) when (attempt < attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public abstract record Shape
    {
        public sealed record Circle(double Radius) : Shape;

        public sealed record Rectangle(int Width, int Height) : Shape;
    }
}
EOF
}

projects=$(( (files + files_per_project - 1) / files_per_project ))
for (( p = 1; p <= projects; p++ )); do
  mkdir -p "$dir/Module$p"
  cat > "$dir/Module$p/Module$p.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
</Project>
EOF
done

for (( i = 0; i < files; i++ )); do
  project=$(( i / files_per_project + 1 ))
  write_file "$project" "$i" > "$dir/Module$project/Feature$i.cs"
done

# A solution file lists the projects, as in a real repository (dotnet build SOLUTION builds them in parallel).
(
  cd "$dir"
  dotnet new sln --name Synthetic --format sln --force > /dev/null
  dotnet sln Synthetic.sln add Module*/Module*.csproj > /dev/null
)

total=0
: > "$dir/expected-diagnostics.txt"
for rule in "${rules[@]}"; do
  echo "$rule ${expected[$rule]}" >> "$dir/expected-diagnostics.txt"
  total=$(( total + expected[$rule] ))
done
echo "TOTAL $total" >> "$dir/expected-diagnostics.txt"
logged=""
if [[ $logging == true ]]; then
  echo "CA2017 $expected_logging" > "$dir/expected-logging.txt"
  logged="; $(( files * 10 )) logging calls, $expected_logging of them CA2017"
fi
echo "generated $files files in $projects project(s): $(( files * requests )) request constructions, $total of them invalid$logged" >&2
