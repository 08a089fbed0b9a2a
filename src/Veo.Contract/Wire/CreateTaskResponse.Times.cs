using System;

namespace Veo.Contract;

// Hand-written half of the generated response: created_at is Unix milliseconds on the wire.
public partial class CreateTaskResponse
{
    /// <summary><see cref="CreatedAt"/> (Unix milliseconds) as a point in time; null when the service did not send it or sent a value no date can have (zero, negative, past the year 9999).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset? CreatedTime => UnixTime.FromMilliseconds(CreatedAt);
}
