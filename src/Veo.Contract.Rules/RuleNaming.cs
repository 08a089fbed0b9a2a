namespace Veo.Contract.Rules;

/// <summary>Which names a message uses: .NET property names (client, analyzer) or wire names (the fake server's 400s).</summary>
internal enum RuleNaming
{
    Property,
    Wire,
}
