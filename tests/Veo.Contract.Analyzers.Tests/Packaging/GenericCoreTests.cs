using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Veo.Contract.Analyzers.Tests.Support;
using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Packaging;

/// <summary>
/// The rule engine and the analyzer core know no contract of their own: every field, value and rule reaches them from
/// the generated table, so the same sources serve any spec (tests/Veo.Contract.SecondApi.Tests builds them against an
/// image API). Their code (comments aside) names none of this spec's fields, values, rule ids or classes.
/// </summary>
public sealed class GenericCoreTests
{
    private static readonly string[] CoreFolders = ["src/Veo.Contract.Rules", "src/Veo.Contract.Analyzers"];

    [Fact]
    public void The_engine_and_the_analyzer_core_name_nothing_of_the_spec()
    {
        var names = ContractNames().ToList();
        Assert.Contains("duration", names);
        Assert.Contains("1080p", names);
        Assert.Contains("VEO0003", names);

        var offenders = new List<string>();
        foreach (var file in CoreFolders.SelectMany(folder => Directory.EnumerateFiles(RepoFiles.Path(folder), "*.cs", SearchOption.AllDirectories)))
        {
            if (file.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            {
                continue;
            }

            var code = WithoutComments(File.ReadAllLines(file));
            foreach (var name in names)
            {
                if (Regex.IsMatch(code, $"(?<![A-Za-z0-9_]){Regex.Escape(name)}(?![A-Za-z0-9_])"))
                {
                    offenders.Add($"{Path.GetFileName(file)}: {name}");
                }
            }
        }

        Assert.Empty(offenders);
    }

    /// <summary>Field names (wire and .NET, each segment), enum values and members, listed values, rule ids, classes.</summary>
    private static IEnumerable<string> ContractNames()
    {
        foreach (var field in ContractSchema.Fields)
        {
            foreach (var segment in field.WireName.Split('.').Concat(field.PropertyName.Split('.')))
            {
                yield return segment;
            }

            foreach (var value in field.EnumValues.Concat(field.EnumMemberNames).Concat(ContractSchema.Engine.CandidatesFor(field).Select(v => v.Text!)))
            {
                if (value.Length > 1 && !value.All(char.IsDigit))
                {
                    yield return value;
                }
            }

            if (field.ConstantsClass is { } constants)
            {
                yield return constants;
            }
        }

        foreach (var rule in ContractSchema.Rules)
        {
            yield return rule.Id;
        }

        yield return ContractSchema.RequestTypeName.Split('.').Last();
    }

    /// <summary>The code of a file without its comments, namespace and using lines (the assembly keeps its name).</summary>
    private static string WithoutComments(IEnumerable<string> lines)
        => string.Join("\n", lines
            .Where(line => !line.TrimStart().StartsWith("namespace ", StringComparison.Ordinal) && !line.TrimStart().StartsWith("using ", StringComparison.Ordinal))
            .Select(line => line.Contains("//", StringComparison.Ordinal) && !line.Contains("\"", StringComparison.Ordinal) ? line[..line.IndexOf("//", StringComparison.Ordinal)] : line));
}
