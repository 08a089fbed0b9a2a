using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;
using NJsonSchema.CodeGeneration.CSharp;

namespace Veo.Contract.SpecCompiler;

/// <summary>Generates the transport client and DTOs with NSwag, followed by constant classes for open-ended string values.</summary>
internal static class ClientCodeWriter
{
    public static async Task<string> WriteAsync(string specPath, string ns)
    {
        var constants = KnownValuesCodeWriter.Write(SpecYaml.Load(specPath), ns);
        var document = await OpenApiYamlDocument.FromFileAsync(specPath);
        LoosenMixedShapes(document);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "VeoTasksTransport",
            // The public surface is the hand-written VeoClient (validation, typed errors); the transport stays internal.
            ClientClassAccessModifier = "internal",
            GenerateClientInterfaces = false,
            UseBaseUrl = false,
            InjectHttpClient = true,
            DisposeHttpClient = false,
            GenerateExceptionClasses = true,
            ExceptionClass = "VeoTransportException",
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
            GenerateOptionalParameters = false,
            GenerateSyncMethods = false,
            CSharpGeneratorSettings =
            {
                Namespace = ns,
                JsonLibrary = CSharpJsonLibrary.SystemTextJson,
                // Below 9.0 System.Text.Json writes the member name with a leading underscore instead of the wire value (no JsonStringEnumMemberName).
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

        var code = TransportHotPathRewriter.Rewrite(MakeExceptionsInternal(new CSharpClientGenerator(document, settings).GenerateFile(), settings.ExceptionClass));
        return code + "\n" + constants;
    }

    /// <summary>
    /// NSwag always declares its exception classes public and has no setting for it. The client maps them to its own
    /// typed exceptions, so they must not leak into the public API: they are made internal here.
    /// </summary>
    private static string MakeExceptionsInternal(string code, string exceptionClass)
    {
        foreach (var declaration in new[] { $"public partial class {exceptionClass} ", $"public partial class {exceptionClass}<TResult> " })
        {
            if (!code.Contains(declaration))
            {
                throw new InvalidOperationException($"NSwag no longer declares '{declaration.Trim()}'; update ClientCodeWriter.MakeExceptionsInternal.");
            }

            code = code.Replace(declaration, "internal" + declaration.Substring("public".Length));
        }

        return code;
    }

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
