using System;
using System.Collections.Generic;
using System.Linq;

namespace Veo.Contract;

/// <summary>Case-insensitive look-up in the header dictionary the generated transport collects.</summary>
internal static class HeaderValues
{
    public static string? First(IReadOnlyDictionary<string, IEnumerable<string>>? headers, string name)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (var header in headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                var value = header.Value?.FirstOrDefault();
                return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
            }
        }

        return null;
    }
}
