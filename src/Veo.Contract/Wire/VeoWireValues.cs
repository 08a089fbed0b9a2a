using Veo.Contract.Rules;

namespace Veo.Contract;

/// <summary>
/// The spec's own spelling of enum values (1080p, 16:9), the text users know from the vendor's page and see in
/// diagnostics, instead of the C# member names (<c>FullHd1080p</c>). Read from the table the spec compiler generates.
/// </summary>
public static class VeoWireValues
{
    /// <summary>The wire value of <paramref name="value"/>, such as 1080p; null when it is null.</summary>
    public static string? Of(Resolution? value) => value is { } set ? Wire(ContractFields.Resolution, set.ToString()) : null;

    /// <summary>The wire value of <paramref name="value"/>, such as 16:9; null when it is null.</summary>
    public static string? Of(AspectRatio? value) => value is { } set ? Wire(ContractFields.AspectRatio, set.ToString()) : null;

    // A value cast from a number outside the enum has no wire spelling: its number is the honest answer.
    private static string Wire(ContractField field, string member) => field.EnumWireValue(member) ?? member;
}
