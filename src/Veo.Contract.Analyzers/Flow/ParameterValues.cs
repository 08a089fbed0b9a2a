using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Constants bound to a helper's parameters for one analysis: the arguments of one call (<c>Make(6)</c>) or one default
/// value (<c>int count = 6</c>). A value read through a bound parameter is reported where the constant is written.
/// </summary>
internal sealed class ParameterValues
{
    private readonly List<(IParameterSymbol Parameter, IOperation Value)> _values = new();

    public bool IsEmpty => _values.Count == 0;

    /// <summary>Binds <paramref name="value"/> when it is a constant and the helper never writes the parameter.</summary>
    public void TryAdd(IParameterSymbol parameter, IOperation value, IOperation helperBody)
    {
        if (parameter.RefKind == RefKind.None && ConstantReader.StripConversions(value).ConstantValue.HasValue && !IsWritten(parameter, helperBody))
        {
            _values.Add((parameter, value));
        }
    }

    public IOperation? Find(IParameterSymbol parameter)
    {
        foreach (var (bound, value) in _values)
        {
            if (SymbolEqualityComparer.Default.Equals(bound, parameter))
            {
                return value;
            }
        }

        return null;
    }

    private static bool IsWritten(IParameterSymbol parameter, IOperation helperBody)
    {
        foreach (var operation in helperBody.Descendants())
        {
            if (operation is IParameterReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter)
                && !LocalValue.IsRead(reference))
            {
                return true;
            }
        }

        return false;
    }
}
