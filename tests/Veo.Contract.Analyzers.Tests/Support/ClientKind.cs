namespace Veo.Contract.Analyzers.Tests.Support;

/// <summary>Which client the test compilation sees.</summary>
public enum ClientKind
{
    /// <summary>The built Veo.Contract.dll: the shapes users really have.</summary>
    Real,

    /// <summary>
    /// A source stand-in shaped like the client plus a request-building helper and record semantics, which the real
    /// client does not offer yet: it exercises the argument mapping and <c>with</c> handling ahead of such APIs.
    /// </summary>
    StubWithHelpers,
}
