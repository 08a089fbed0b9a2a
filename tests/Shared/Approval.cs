using System.IO;
using Xunit;

namespace Veo.Contract.TestSupport;

/// <summary>
/// Approval testing without Verify (not restorable here): compares text with a checked-in NAME.approved.txt and, on a
/// mismatch, writes NAME.received.txt beside it so a reviewer can diff and, if right, rename it over the approved file.
/// </summary>
internal static class Approval
{
    public static void Verify(string directory, string name, string received)
    {
        var approvedPath = Path.Combine(directory, name + ".approved.txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");
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
