namespace Veo.Contract.Lifecycle.Tests.FaultMatrix;

/// <summary>Where in an answer the misbehaving server stops sending.</summary>
public enum StallStage
{
    BeforeHeaders,
    MidHeaders,
    AfterHeaders,
    MidBody,
}
