using System;
using System.Security.Cryptography;
using System.Text;

namespace Veo.Contract.Testing.Protocol;

/// <summary>
/// Checks <c>Authorization: Bearer &lt;API key&gt;</c>, the only form the vendor documents. What the vendor leaves open
/// follows RFC 7235: the scheme is matched case-insensitively and one or more spaces may separate it from the key;
/// the key itself must match exactly. Messages never repeat what was sent, since that may be a key.
/// </summary>
internal static class BearerCredentials
{
    private const string Scheme = "Bearer";
    private const string Usage = "send it as 'Authorization: Bearer <API key>'";

    /// <summary>Why <paramref name="authorization"/> is refused, or null when it carries <paramref name="apiKey"/>.</summary>
    public static string? Problem(string? authorization, byte[] apiKey)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return $"Missing API key: no Authorization header; {Usage}.";
        }

        var value = authorization.Trim(' ', '\t');
        var schemeEnd = value.IndexOfAny(new[] { ' ', '\t' });
        var scheme = schemeEnd < 0 ? value : value.Substring(0, schemeEnd);
        if (!scheme.Equals(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return schemeEnd < 0
                ? $"The Authorization header has no scheme, or a scheme without credentials; {Usage}."
                : $"The Authorization header uses another scheme than Bearer; {Usage}.";
        }

        if (schemeEnd < 0)
        {
            return $"Missing API key: the Authorization header has the Bearer scheme but no key after it; {Usage}.";
        }

        var key = value.Substring(schemeEnd).TrimStart(' ');
        if (key[0] == '\t')
        {
            return $"Separate 'Bearer' from the API key with spaces, not tabs; {Usage}.";
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), apiKey)
            ? null
            : "Invalid API key: the key after 'Bearer' is not the one this server accepts.";
    }
}
