using System.Net.Http;

namespace Veo.Contract;

/// <summary>
/// Reads and writes the <see cref="VeoRequestKind"/> a request carries in <c>HttpRequestMessage.Options</c>
/// (<c>Properties</c> on .NET Standard), e.g. for a DelegatingHandler that treats creates differently.
/// </summary>
public static class VeoRequestKinds
{
    /// <summary>The key of the request option holding the kind.</summary>
    public const string OptionKey = "Veo.Contract.RequestKind";

    // Boxed once: a request's option store holds objects, and the four values never change.
    private static readonly object[] Boxed = { VeoRequestKind.Create, VeoRequestKind.Read, VeoRequestKind.Cancel, VeoRequestKind.Download };

#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<object> Key = new(OptionKey);
#endif

    /// <summary>The kind of a request the client sent; null for a request it did not build.</summary>
    public static VeoRequestKind? Of(HttpRequestMessage request)
    {
        if (request is null)
        {
            throw new System.ArgumentNullException(nameof(request));
        }

#if NET5_0_OR_GREATER
        return request.Options.TryGetValue(Key, out var value) && value is VeoRequestKind kind ? kind : null;
#else
        return request.Properties.TryGetValue(OptionKey, out var value) && value is VeoRequestKind kind ? kind : null;
#endif
    }

    internal static void Mark(HttpRequestMessage request, VeoRequestKind kind)
    {
#if NET5_0_OR_GREATER
        request.Options.Set(Key, Boxed[(int)kind]);
#else
        request.Properties[OptionKey] = Boxed[(int)kind];
#endif
    }
}
