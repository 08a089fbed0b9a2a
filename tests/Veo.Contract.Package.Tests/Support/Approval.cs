using System.IO;
using Xunit;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>
/// Approval testing without Verify (not restorable here): compares text with a checked-in NAME.approved.txt in the
/// test project folder and, on a mismatch, writes NAME.received.txt beside it to diff and, if right, to rename over it.
/// </summary>
internal static class Approval
{
    public static void Verify(string name, string received)
    {
        var approvedPath = Path.Combine(RepoPaths.TestsDirectory, name + ".approved.txt");
        var receivedPath = Path.Combine(RepoPaths.TestsDirectory, name + ".received.txt");
        received = received.Replace("\r\n", "\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail($"{name} differs from its approved file. Compare {receivedPath} with {approvedPath}; if the change is intended, replace the approved file with the received one.");
    }
}
