using System;
using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>
/// The listed text a value most likely meant: the one nearest to it by edit distance (letters inserted, deleted,
/// replaced or swapped, ignoring case), when it is near enough to be a slip of the keyboard and no other listed text
/// is as near. With small, medium and large listed, "lagre" means large; "huge" means nothing; "s-1" next to s-2 and s-3 is as
/// near to both, so neither.
/// </summary>
internal static class NearestValue
{
    // At most a quarter of the listed text's letters may differ (at least one, at most three): "XL" for xl and
    // "mediun-fst" for medium-fast are slips, "v9" for v3 is another value.
    private const int MaxEdits = 3;

    /// <summary>The nearest listed string, or null when none is near enough or two are equally near.</summary>
    public static string? Find(FactValue value, IReadOnlyList<FactValue> listed)
    {
        if (value.Kind != FactKind.String || value.Text is not { } text)
        {
            return null;
        }

        string? nearest = null;
        var nearestDistance = int.MaxValue;
        var tied = false;
        for (var i = 0; i < listed.Count; i++)
        {
            if (listed[i].Kind != FactKind.String || listed[i].Text is not { } known)
            {
                continue;
            }

            if (known == text)
            {
                return null; // listed as it is: nothing to suggest
            }

            var limit = Math.Max(1, Math.Min(MaxEdits, known.Length / 4));
            // A length that differs by more than the limit needs more edits than the limit: no table to fill.
            if (Math.Abs(known.Length - text.Length) > limit)
            {
                continue;
            }

            var distance = Distance(text, known);
            if (distance > limit || distance > nearestDistance)
            {
                continue;
            }

            tied = distance == nearestDistance;
            nearest = known;
            nearestDistance = distance;
        }

        return tied ? null : nearest;
    }

    /// <summary>Optimal string alignment distance between the two texts, ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        // Three rows of the usual table: the one before the previous is what a swap of two letters looks back to.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                {
                    best = Math.Min(best, before[j - 2] + 1);
                }

                current[j] = best;
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }

    private static bool Same(char x, char y) => char.ToLowerInvariant(x) == char.ToLowerInvariant(y);
}
