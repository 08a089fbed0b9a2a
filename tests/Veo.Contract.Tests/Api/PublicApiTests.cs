using System.IO;
using PublicApiGenerator;
using Veo.Contract.Tests.Support;
using Veo.Contract.TestSupport;
using Xunit;

namespace Veo.Contract.Tests.Api;

/// <summary>Any change to the public surface, generated or hand-written, shows up as a diff of the approved file.</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_api_is_approved()
        => Approval.Verify(Path.Combine(RepoPaths.TestsDirectory, "Api"), "Veo.Contract", typeof(VeoClient).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false, AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"] }));
}
