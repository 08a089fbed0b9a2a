namespace Veo.Contract.Analyzers.Tests.Support;

/// <summary>The ways source code can give a request field its value; every rule is tested in each that applies.</summary>
public enum RequestForm
{
    /// <summary><c>new CreateTaskRequest { Duration = 5 }</c></summary>
    ObjectInitializer,

    /// <summary><c>var r = new CreateTaskRequest { … }; r.Duration = 5;</c></summary>
    LaterAssignment,

    /// <summary><c>const int value = 5; … Duration = value</c></summary>
    ConstLocal,

    /// <summary><c>private const int Value = 5; … Duration = Value</c></summary>
    ConstField,

    /// <summary><c>Duration = flag ? 8 : 5</c>: the constant branch that breaks the rule is reported.</summary>
    ConditionalBranch,

    /// <summary><c>Model = "veo-" + "2"</c> (string fields only).</summary>
    FoldedString,

    /// <summary><c>VeoRequests.Create(prompt: …, duration: 5)</c> on the stub client.</summary>
    HelperNamedArgument,

    /// <summary><c>VeoRequests.Create("…", null, null, null, 5)</c> on the stub client.</summary>
    HelperPositionalArgument,

    /// <summary><c>template with { Duration = 5 }</c> on the stub client, whose request is a record.</summary>
    WithExpression,
}
