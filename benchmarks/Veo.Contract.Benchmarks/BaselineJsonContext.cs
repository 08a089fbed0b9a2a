using System.Text.Json.Serialization;

namespace Veo.Contract.Benchmarks;

/// <summary>
/// The baseline's source-generated JSON metadata for the same DTOs the client uses, with the client's wire setting
/// (unset fields are left out), so both sides write the same bytes and read the same objects.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateTaskRequest))]
[JsonSerializable(typeof(CreateTaskResponse))]
[JsonSerializable(typeof(VeoTask))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext
{
}
