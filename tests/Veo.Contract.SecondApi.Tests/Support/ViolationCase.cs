using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Veo.Contract.SecondApi.Images;

namespace Veo.Contract.SecondApi.Tests.Support;

/// <summary>
/// One broken rule of the image contract, stated twice on purpose: as C# initializer members for the analyzer (the
/// offending value marked {|#0:…|}, the value of the field the rule's condition reads {|#1:…|}) and as the same request
/// built at run time for Validate(). Both must report <see cref="Id"/> with <see cref="Message"/>.
/// </summary>
public sealed class ViolationCase
{
    public ViolationCase(string id, DiagnosticSeverity severity, string field, string members, Func<CreateImageRequest> build, string message)
    {
        Id = id;
        Severity = severity;
        Field = field;
        Members = members;
        Build = build;
        Message = message;
    }

    public string Id { get; }

    public DiagnosticSeverity Severity { get; }

    /// <summary>The JSON field Validate() names.</summary>
    public string Field { get; }

    public string Members { get; }

    public Func<CreateImageRequest> Build { get; }

    public string Message { get; }

    public DiagnosticResult Expected()
    {
        var result = new DiagnosticResult(Id, Severity).WithLocation(0);
        return (Members.Contains("{|#1:", StringComparison.Ordinal) ? result.WithLocation(1) : result).WithMessage(Message);
    }
}
