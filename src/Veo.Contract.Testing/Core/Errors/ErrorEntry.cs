namespace Veo.Contract.Testing.Core;

/// <summary>One problem with a request: a rule id or error code, the field it concerns (if any) and a message.</summary>
internal sealed class ErrorEntry
{
    public ErrorEntry(string code, string? field, string message)
    {
        Code = code;
        Field = field;
        Message = message;
    }

    public string Code { get; }

    public string? Field { get; }

    public string Message { get; }
}
