using System;

namespace Veo.Contract.Testing.Protocol;

/// <summary>Checks <see cref="FakeVeoServerOptions.PublicBaseAddress"/> and gives it the trailing '/' links are resolved against.</summary>
internal static class PublicBaseAddress
{
    public static Uri? Normalize(Uri? address)
    {
        if (address is null)
        {
            return null;
        }

        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"PublicBaseAddress must be an absolute http or https URI, not '{address}'.", nameof(address));
        }

        if (address.Query.Length > 0 || address.Fragment.Length > 0)
        {
            throw new ArgumentException($"PublicBaseAddress cannot have a query or fragment: '{address}'.", nameof(address));
        }

        return address.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? address : new Uri(address.AbsoluteUri + "/");
    }
}
