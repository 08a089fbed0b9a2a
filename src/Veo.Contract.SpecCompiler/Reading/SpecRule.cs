using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// One constraint of the spec, checked: its annotation, whether it is advice (x-advice), the field whose own schema it
/// is (null: a rule about the whole request) and the schema itself.
/// </summary>
internal sealed record SpecRule(RuleAnnotation Annotation, bool IsAdvice, SpecField? Field, SpecNode Schema, YamlNode Where)
{
    public string Id => Annotation.Id;
}
