using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// The spec as NSwag can read it: NSwag reads OpenAPI 3.0 only, so the 3.1 document is read with Microsoft.OpenApi's
/// object model and written back as 3.0. The rules leave first: an allOf entry NSwag would read as a base class, and
/// x-advice, which no DTO needs. A rule entry's unconditional required fields stay required in the view, so the DTOs
/// keep their non-nullable properties. Nothing is edited as text.
/// </summary>
internal static class OpenApi30View
{
    public static async Task<string> WriteAsync(string specPath)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        var result = await OpenApiDocument.LoadAsync(specPath, settings);
        if (result.Document is not { } document || result.Diagnostic?.Errors.Count > 0)
        {
            var errors = string.Join("; ", result.Diagnostic?.Errors.Select(error => $"{error.Pointer}: {error.Message}") ?? []);
            throw new SpecException($"Microsoft.OpenApi cannot read the spec: {errors}", 1, 1);
        }

        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            WithoutRules(schema);
        }

        using var text = new StringWriter();
        document.SerializeAsV3(new OpenApiJsonWriter(text));
        return text.ToString();
    }

    private static void WithoutRules(OpenApiSchema schema)
    {
        schema.Extensions?.Remove(RulesReader.AdviceKey);
        if (schema.AllOf is { } allOf)
        {
            foreach (var entry in allOf.OfType<OpenApiSchema>().Where(IsRule).ToList())
            {
                if (entry.If is null && entry.Required is { Count: > 0 } required)
                {
                    schema.Required ??= new HashSet<string>();
                    schema.Required.UnionWith(required);
                }

                allOf.Remove(entry);
            }
        }

        foreach (var property in schema.Properties?.Values.OfType<OpenApiSchema>() ?? [])
        {
            WithoutRules(property);
        }
    }

    private static bool IsRule(OpenApiSchema entry) => entry.Extensions?.ContainsKey(RuleAnnotationReader.Key) == true;
}
