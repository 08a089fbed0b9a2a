namespace Veo.Contract.SecondApi.Images;

/// <summary>
/// The route type the spec compiler's operations table (<c>VeoOperations</c>) is written against: an operation's id,
/// HTTP method and path. Veo.Contract's own has what its HTTP pipeline needs; this client sends nothing, so it holds them.
/// </summary>
internal sealed class VeoRoute
{
    public VeoRoute(string operationId, string method, string template)
    {
        OperationId = operationId;
        Method = method;
        Template = template;
    }

    public string OperationId { get; }

    public string Method { get; }

    public string Template { get; }
}
