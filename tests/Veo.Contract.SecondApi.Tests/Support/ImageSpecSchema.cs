using System;
using System.IO;
using System.Text.Json;
using Json.Schema;
using Veo.Contract.Conformance.Tests.Support;
using Veo.Contract.TestSupport;

namespace Veo.Contract.SecondApi.Tests.Support;

/// <summary>The image spec's request schema as JsonSchema.Net reads it: 2020-12, OpenAPI's own keywords (example, x-…) as annotations.</summary>
public static class ImageSpecSchema
{
    private static readonly Uri Base = new("https://second-api.test/image-generation.json");

    public static string SpecPath { get; } = Path.Combine(RepositoryRoot.Path, "tests", "Veo.Contract.SecondApi.Client", "image-generation.openapi.yaml");

    public static JsonSchema CreateImageRequest()
    {
        var document = JsonDocument.Parse(SpecJson.Load(SpecPath).ToJsonString()).RootElement.Clone();
        var dialect = Dialect.Draft202012.With(Array.Empty<IKeywordHandler>(), allowUnknownKeywords: true);
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = dialect };
        build.SchemaRegistry.Register(Base, new JsonElementBaseDocument(document, Base));
        return JsonSchema.Build(JsonDocument.Parse($"{{\"$ref\": \"{Base}#/components/schemas/CreateImageRequest\"}}").RootElement, build);
    }
}
