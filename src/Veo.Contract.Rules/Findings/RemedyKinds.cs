using System;

namespace Veo.Contract.Rules;

/// <summary>The ways a finding can be mended, as a set: what a caller can write for it, or the one Fix All applies.</summary>
[Flags]
internal enum RemedyKinds
{
    None = 0,

    /// <summary>Write <see cref="RuleRemedy.Replacement"/> over the blamed value.</summary>
    Replace = 1,

    /// <summary>Leave the blamed field out (<see cref="RuleRemedy.Removable"/>).</summary>
    Remove = 2,

    /// <summary>Write <see cref="RuleRemedy.TriggerReplacement"/> over the value the rule's condition names.</summary>
    ReplaceCondition = 4,
}
