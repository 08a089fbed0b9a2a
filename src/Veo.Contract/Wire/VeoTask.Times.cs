using System;

namespace Veo.Contract;

// Hand-written half of the generated task: created_at and completed_at are Unix milliseconds on the wire.
public partial class VeoTask
{
    /// <summary><see cref="CreatedAt"/> (Unix milliseconds) as a point in time; null when missing or out of range (zero, negative, past the year 9999).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset? CreatedTime => UnixTime.FromMilliseconds(CreatedAt);

    /// <summary><see cref="CompletedAt"/> (Unix milliseconds) as a point in time; null until the task has ended, or when the value is out of range.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset? CompletedTime => UnixTime.FromMilliseconds(CompletedAt);
}
