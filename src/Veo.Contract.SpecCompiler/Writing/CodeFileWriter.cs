namespace Veo.Contract.SpecCompiler;

/// <summary>Writes generated code only when it changed, but always refreshes the time stamp so MSBuild sees the output as up to date.</summary>
internal static class CodeFileWriter
{
    public static void Save(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        content = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (File.Exists(path) && File.ReadAllText(path) == content)
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return;
        }

        File.WriteAllText(path, content);
    }
}
