using System;
using AnalyzerTour;

// `dotnet build` shows the diagnostics; running the tour shows that Validate() reports the same ids at run time.
foreach (var (rule, request) in TourRequests.All(production: args.Length > 0))
{
    var found = string.Join(", ", request.Validate() is { Count: > 0 } violations ? Ids(violations) : new[] { "none" });
    Console.WriteLine($"{rule}: Validate() reports {found}");
}

static string[] Ids(System.Collections.Generic.IReadOnlyList<Veo.Contract.VeoRuleViolation> violations)
{
    var ids = new string[violations.Count];
    for (var i = 0; i < ids.Length; i++)
    {
        ids[i] = violations[i].Id;
    }

    return ids;
}
