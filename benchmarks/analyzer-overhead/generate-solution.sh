#!/usr/bin/env bash
# Writes a synthetic consumer solution of FILES C# files (10 request constructions each, among unrelated code) into
# DIR, split into projects of at most 250 files. Half the requests are valid constants, a fifth break one VEO rule each
# (the rules take turns), the rest use values the compiler cannot know. DIR/expected-diagnostics.txt gets the number
# of VEO diagnostics a correct analyzer reports, per rule.
#
#   generate-solution.sh DIR FILES [--all-valid]
#
# --all-valid writes the same solution with a valid request in place of each invalid one: the analyzer then has the
# same amount of code to look at and nothing to report.
#
# The projects reference the client as plain assemblies (DIR/refs/*.dll) and take the analyzer from
# DIR/analyzer/Veo.Contract.Analyzers.dll only when built with -p:VeoAnalyzer=true; run.sh copies both there.
set -euo pipefail

dir=${1:?usage: generate-solution.sh DIR FILES}
files=${2:?usage: generate-solution.sh DIR FILES}
all_valid=false
[[ ${3:-} == --all-valid ]] && all_valid=true
files_per_project=250
rules=(VEO0001 VEO0002 VEO0003 VEO0004 VEO0005 VEO0006 VEO0007 VEO0008 VEO0009 VEO0010 VEO0011 VEO0012)

mkdir -p "$dir"
cat > "$dir/Directory.Build.props" <<'EOF'
<Project>
  <!-- Synthetic consumer solution written by benchmarks/analyzer-overhead/generate-solution.sh. -->
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
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

write_file() {
  local project=$1 index=$2 first=$(( ($2 * 2) % 12 )) second=$(( ($2 * 2 + 1) % 12 )) mistakes
  if [[ $all_valid == true ]]; then
    mistakes='        yield return new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A kite", Duration = 6 };
        yield return new CreateTaskRequest { Model = VeoModels.Veo30, Prompt = "A busy market", Extra = new GenerationExtra { PersonGeneration = "allow_adult" } };'
    first=-1 second=-1
  else
    mistakes="        yield return $(invalid_request $first);
        yield return $(invalid_request $second);"
    expected[${rules[$first]}]=$(( expected[${rules[$first]}] + 1 ))
    expected[${rules[$second]}]=$(( expected[${rules[$second]}] + 1 ))
  fi
  # Rule 4 (seed on veo-3.0) is a later assignment, so it lives in a helper method, written only where it is used.
  local seeded=""
  if (( first == 4 || second == 4 )); then
    seeded='
    private static CreateTaskRequest Seeded()
    {
        var seeded = new CreateTaskRequest { Model = "veo-" + "3.0", Prompt = "Waves on rocks" };
        seeded.Seed = 42;
        return seeded;
    }
'
  fi

  cat <<EOF
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract;

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
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public Feature$index(VeoClient client, string model)
    {
        _client = client;
        _model = model;
    }

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

    public async Task<string> SubmitAsync(CancellationToken cancellationToken)
    {
        var created = await _client.CreateTaskAsync(new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A city at night", Duration = 8, Resolution = Resolution.Uhd4k }, cancellationToken).ConfigureAwait(false);
        Count(created.Status);
        return created.TaskId;
    }
$seeded
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
echo "generated $files files in $projects project(s): $(( files * 10 )) request constructions, $total of them invalid" >&2
