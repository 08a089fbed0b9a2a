namespace Veo.Contract.Conformance.Tests.Support;

/// <summary>One call as it came back through Prism: what was asked, the status, Prism's violation header and the body.</summary>
public sealed class Exchange
{
    public Exchange(string request, int status, string? contentType, string? violations, string body)
    {
        Request = request;
        Status = status;
        ContentType = contentType;
        Violations = violations;
        Body = body;
    }

    /// <summary>"METHOD path".</summary>
    public string Request { get; }

    public int Status { get; }

    public string? ContentType { get; }

    /// <summary>Prism's <c>sl-violations</c> header (JSON array), null when it found nothing wrong.</summary>
    public string? Violations { get; }

    public string Body { get; }

    /// <summary>True when Prism wrote the answer itself (problem+json) instead of passing on the fake's.</summary>
    public bool FromPrism => ContentType?.StartsWith("application/problem+json", System.StringComparison.Ordinal) == true;

    public override string ToString() => $"{Request} -> {Status} {ContentType}; sl-violations: {Violations ?? "none"}; body: {Body}";
}
