using NJsonSchema;
using NJsonSchema.CodeGeneration;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// The member names NSwag gives an enum's wire values when the spec names none (no x-enumNames): its own default
/// generator, so the contract table maps a member to its wire value exactly as the DTO's serializer does.
/// </summary>
internal static class DtoEnumNames
{
    private static readonly DefaultEnumNameGenerator Generator = new();

    public static IReadOnlyList<string> For(IReadOnlyList<string> wireValues)
        => wireValues.Select((value, index) => Generator.Generate(index, value, value, new JsonSchema())).ToList();
}
