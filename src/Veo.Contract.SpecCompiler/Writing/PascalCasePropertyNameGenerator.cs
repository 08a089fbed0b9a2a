using NJsonSchema;
using NJsonSchema.CodeGeneration;

namespace Veo.Contract.SpecCompiler;

/// <summary>NSwag's default keeps snake case (Aspect_ratio); .NET users expect AspectRatio.</summary>
internal sealed class PascalCasePropertyNameGenerator : IPropertyNameGenerator
{
    public string Generate(JsonSchemaProperty property) => DotNetNames.ToPascalCase(property.Name);
}
