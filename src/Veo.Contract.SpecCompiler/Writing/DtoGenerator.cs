using NJsonSchema.CodeGeneration;
using NSwag;
using NSwag.CodeGeneration.CSharp;

namespace Veo.Contract.SpecCompiler;

/// <summary>NSwag's C# generator, opened up to list the DTO types it generates (the JSON context needs their names).</summary>
internal sealed class DtoGenerator(OpenApiDocument document, CSharpClientGeneratorSettings settings) : CSharpClientGenerator(document, settings)
{
    public IEnumerable<CodeArtifact> DtoTypes() => GenerateDtoTypes();
}
