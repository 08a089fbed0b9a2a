namespace Veo.Contract.Rules;

/// <summary>A schema's verdict on what is known of a request: an unknown value can leave it open.</summary>
internal enum Truth : byte
{
    False,
    Unknown,
    True,
}
