using System;
using System.IO;

namespace Veo.Contract.Tests.Support;

/// <summary>Reads the checked-in JSON samples copied beside the test assembly.</summary>
internal static class Golden
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name));
}
