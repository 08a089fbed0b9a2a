namespace Veo.Contract.Testing.Tests.Support;

/// <summary>Request bodies the tests send; values stated here independently of the spec's rule table.</summary>
public static class Requests
{
    /// <summary>The body of the vendor's own curl example.</summary>
    public const string VendorExample = """
        {
          "model": "veo-3.1",
          "action": "generate",
          "prompt": "A golden retriever running on a beach at sunset, cinematic lighting, slow motion",
          "aspect_ratio": "16:9",
          "duration": 8,
          "resolution": "1080p"
        }
        """;

    public const string Minimal = """{"model":"veo-3.1","prompt":"A lighthouse in a storm"}""";
}
