using System;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;

namespace Veo.Contract;

/// <summary>Reads an enum member's wire value from the [EnumMember] attribute NSwag generates (the spec's enum value, not the C# member name).</summary>
internal static class WireEnum
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string ToWire(Enum value)
        => Cache.GetOrAdd(value, static member =>
        {
            var field = member.GetType().GetField(member.ToString(), BindingFlags.Public | BindingFlags.Static);
            return field?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? member.ToString();
        });
}
