using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Veo.Contract.Tests.Wire;

/// <summary>The wire spelling users read (Quickstart output, messages) is exactly what the serializer sends.</summary>
public class WireValuesTests
{
    [Fact]
    public void Every_resolution_reads_as_the_value_sent_on_the_wire()
    {
        foreach (var value in Enum.GetValues(typeof(Resolution)).Cast<Resolution>())
        {
            Assert.Equal(SentAs(new CreateTaskRequest { Resolution = value }, "resolution"), VeoWireValues.Of(value));
        }
    }

    [Fact]
    public void Every_aspect_ratio_reads_as_the_value_sent_on_the_wire()
    {
        foreach (var value in Enum.GetValues(typeof(AspectRatio)).Cast<AspectRatio>())
        {
            Assert.Equal(SentAs(new CreateTaskRequest { AspectRatio = value }, "aspect_ratio"), VeoWireValues.Of(value));
        }
    }

    [Fact]
    public void Known_values_use_the_vendors_spelling_and_unset_is_null()
    {
        Assert.Equal("1080p", VeoWireValues.Of(Resolution.FullHd1080p));
        Assert.Equal("9:16", VeoWireValues.Of(AspectRatio.Portrait9x16));
        Assert.Null(VeoWireValues.Of((Resolution?)null));
        Assert.Equal("42", VeoWireValues.Of((Resolution)42));
    }

    // The enum converters sit on the request's properties, so the wire text is read from a serialized request.
    private static string? SentAs(CreateTaskRequest request, string field)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(request, VeoJsonContext.Default.CreateTaskRequest));
        return json.RootElement.GetProperty(field).GetString();
    }
}
