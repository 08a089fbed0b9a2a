using System.Text.Json;
using System.Text.Json.Serialization;

namespace Veo.Contract;

// Hand-written half of the generated transport: how requests go on the wire.
internal partial class VeoTasksTransport
{
    // The vendor applies defaults to fields it does not receive; an unset field must not be sent as null.
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings)
        => settings.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
}
