using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Veo.Contract.Tests.Support;

/// <summary>Rewrites JSON with sorted keys and no whitespace, so two documents compare equal modulo layout and key order.</summary>
internal static class JsonCanon
{
    public static string Of(string json) => Sort(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(pair => pair.Key, System.StringComparer.Ordinal)
            .Select(pair => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(pair.Key, Sort(pair.Value)))),
        JsonArray array => new JsonArray(array.Select(Sort).ToArray()),
        JsonValue value => JsonNode.Parse(value.ToJsonString()),
        _ => null,
    };
}
