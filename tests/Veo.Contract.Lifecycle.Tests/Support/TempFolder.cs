using System;
using System.IO;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>A fresh folder per test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "veo-lifecycle-" + Guid.NewGuid().ToString("N"));

    public string[] Files() => Directory.GetFiles(Path, "*", SearchOption.AllDirectories);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
