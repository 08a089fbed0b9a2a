using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;
using NJsonSchema.CodeGeneration;
using NJsonSchema.CodeGeneration.CSharp;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Generates the client's DTOs with NSwag (from the 3.0 view of the spec, <see cref="OpenApi30View"/>), followed by the System.Text.Json source-generation context for them, the
/// operations table (method and path of each operation) and constant classes for open-ended string values. The HTTP
/// calls themselves are hand-written (VeoClient and its pipeline): NSwag emits no client class and no exception class.
/// </summary>
internal static class ClientCodeWriter
{
    public static async Task<string> WriteAsync(string specPath, string ns)
    {
        var root = SpecYaml.Load(specPath);
        var constants = KnownValuesCodeWriter.Write(root, ContractReader.Read(root), ns);
        var document = await OpenApiDocument.FromJsonAsync(await OpenApi30View.WriteAsync(specPath), specPath);
        LoosenMixedShapes(document);
        var dtos = new CSharpClientGenerator(document, Settings(ns)).GenerateFile();
        var dtoTypes = new DtoGenerator(document, Settings(ns)).DtoTypes()
            .Where(type => type.Category == CodeArtifactCategory.Contract && type.Type is CodeArtifactType.Class or CodeArtifactType.Enum)
            .Select(type => type.TypeName)
            .ToList();
        return string.Join(
            "\n",
            dtos,
            JsonContextCodeWriter.Write(dtoTypes, ns),
            OperationTableCodeWriter.Write(document, ns),
            constants);
    }

    private static CSharpClientGeneratorSettings Settings(string ns) => new()
    {
        // The client's three operations are hand-written over one pipeline (retries, timeouts, body limits, typed
        // errors); NSwag contributes the DTOs only, so nothing of its HTTP code needs changing after generation.
        GenerateClientClasses = false,
        GenerateClientInterfaces = false,
        GenerateExceptionClasses = false,
        OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
        CSharpGeneratorSettings =
        {
            Namespace = ns,
            JsonLibrary = CSharpJsonLibrary.SystemTextJson,
            // Below 9.0 System.Text.Json writes the member name with a leading underscore instead of the wire value (no JsonStringEnumMemberName).
            // From 9.0 NSwag also uses the generic JsonStringEnumConverter<T>, which the source generator supports (no reflection).
            JsonLibraryVersion = 9.0m,
            GenerateNullableReferenceTypes = true,
            GenerateOptionalPropertiesAsNullable = true,
            // No C# defaults: an unset field must stay null so it is not sent; the service applies its own default.
            GenerateDefaultValues = false,
            GenerateDataAnnotations = false,
            GenerateJsonMethods = false,
            PropertyNameGenerator = new PascalCasePropertyNameGenerator(),
            ClassStyle = CSharpClassStyle.Poco,
            // Shapes the vendor's pages disagree on are kept as raw JSON; hand-written partials read them.
            AnyType = "System.Text.Json.JsonElement",
        },
    };

    /// <summary>
    /// NSwag types a oneOf of different shapes (string or array) as its first branch, which would throw on the
    /// other shape. Such properties become "any" (JsonElement) so both shapes deserialize.
    /// </summary>
    private static void LoosenMixedShapes(OpenApiDocument document)
    {
        foreach (var schema in document.Components.Schemas.Values)
        {
            foreach (var property in schema.ActualProperties.Values)
            {
                if (property.OneOf.Select(branch => branch.ActualSchema.Type).Distinct().Count() > 1)
                {
                    property.OneOf.Clear();
                    property.Type = NJsonSchema.JsonObjectType.None;
                }
            }
        }
    }
}
