using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Veo.Contract;

// Hand-written half of the generated video: the vendor's pages disagree on the shape of url and the unit of expires_at.
public partial class TaskVideo
{
    /// <summary>
    /// The download links, whether the service sent <c>url</c> as one string or as an array of strings.
    /// Entries that are not absolute URLs are left out; an empty list means no usable link.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<Uri> Urls
    {
        get
        {
            var urls = new List<Uri>();
            if (Url is not { } raw)
            {
                return urls;
            }

            if (raw.ValueKind == JsonValueKind.String)
            {
                Add(urls, raw.GetString());
            }
            else if (raw.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in raw.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        Add(urls, item.GetString());
                    }
                }
            }

            return urls;
        }
    }

    /// <summary>When the links expire; <see cref="ExpiresAt"/> is read as milliseconds when above 10^11, else as seconds; null when missing or out of range (zero, negative, past the year 9999).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset? ExpiresTime => UnixTime.FromSecondsOrMilliseconds(ExpiresAt);

    private static void Add(List<Uri> urls, string? text)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            urls.Add(uri);
        }
    }
}
