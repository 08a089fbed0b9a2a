using System.Text.Json;

namespace Veo.Contract.SecondApi.Images;

public partial class CreateImageRequest
{
    /// <summary>The request's JSON body, through the generated JSON context (unset fields left out).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, VeoJsonContext.Default.CreateImageRequest);
}
