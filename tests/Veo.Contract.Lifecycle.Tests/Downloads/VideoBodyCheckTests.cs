using System;
using System.Linq;
using System.Text;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Downloads;

/// <summary>How a storage answer is told apart from a video, and how a page that is no video is quoted.</summary>
public class VideoBodyCheckTests
{
    [Theory]
    [InlineData("text/html", true)]
    [InlineData(" Text/Plain ", true)]
    [InlineData("application/json", true)]
    [InlineData("APPLICATION/XML", true)]
    [InlineData("application/javascript", true)]
    [InlineData("application/x-www-form-urlencoded", true)]
    [InlineData("application/problem+json", true)]
    [InlineData("application/atom+xml", true)]
    [InlineData("video/mp4", false)]
    [InlineData("application/octet-stream", false)]
    [InlineData("binary/octet-stream", false)]
    [InlineData("application/jsonl", false)]
    [InlineData("textual/thing", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_types_that_certainly_carry_a_document_are_refused(string? mediaType, bool document)
        => Assert.Equal(document, VideoBodyCheck.IsDocumentType(mediaType));

    [Theory]
    [InlineData(new byte[] { (byte)'<', (byte)'h' }, 2, true)]
    [InlineData(new byte[] { (byte)'{' }, 1, true)]
    [InlineData(new byte[] { (byte)' ', (byte)'\t', (byte)'\r', (byte)'\n', (byte)'<' }, 5, true)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{' }, 4, true)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)' ', (byte)'<' }, 5, true)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, 3, false)]
    [InlineData(new byte[] { (byte)'x', 0xBB, 0xBF, (byte)'<' }, 4, false)]
    [InlineData(new byte[] { 0xEF, (byte)'x', 0xBF, (byte)'<' }, 4, false)]
    [InlineData(new byte[] { 0xEF, 0xBB, (byte)'x', (byte)'<' }, 4, false)]
    [InlineData(new byte[] { (byte)' ', (byte)' ', (byte)'<' }, 2, false)]
    [InlineData(new byte[] { (byte)' ', (byte)'\n' }, 2, false)]
    [InlineData(new byte[] { (byte)'<' }, 0, false)]
    [InlineData(new byte[] { 0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p' }, 8, false)]
    [InlineData(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }, 4, false)]
    [InlineData(new byte[] { 0x47, 0x40 }, 2, false)]
    [InlineData(new byte[] { (byte)'x', (byte)'<' }, 2, false)]
    public void A_body_that_opens_with_markup_or_an_object_is_a_document(byte[] bytes, int count, bool document)
        => Assert.Equal(document, VideoBodyCheck.StartsLikeDocument(bytes, count));

    [Fact]
    public void The_quote_is_one_line_without_the_key_and_stops_at_the_count()
    {
        var bytes = Encoding.UTF8.GetBytes("  " + Secrets.ApiKey + " denied\r\n\tsee\u0001docs  IGNORED");

        var quote = VideoBodyCheck.Quote(bytes, bytes.Length - "IGNORED".Length, Secrets.ApiKey);

        Assert.Equal("[redacted] denied   see docs", quote);
    }

    [Fact]
    public void A_quote_of_exactly_the_preview_length_is_whole_and_one_more_character_is_cut()
    {
        var exact = new string('a', VideoBodyCheck.PreviewCharacters);
        var longer = exact + "b";

        Assert.Equal(exact, VideoBodyCheck.Quote(Encoding.UTF8.GetBytes(exact), exact.Length, null));
        Assert.Equal(exact + "…", VideoBodyCheck.Quote(Encoding.UTF8.GetBytes(longer), longer.Length, null));
    }

    [Fact]
    public void A_key_across_the_cut_is_removed_before_the_text_is_shortened()
    {
        var text = new string('a', VideoBodyCheck.PreviewCharacters - 5) + Secrets.ApiKey + new string('z', 50);

        var quote = VideoBodyCheck.Quote(Encoding.UTF8.GetBytes(text), text.Length, Secrets.ApiKey);

        var redacted = new string('a', VideoBodyCheck.PreviewCharacters - 5) + "[redacted]" + new string('z', 50);
        Assert.Equal(redacted.Substring(0, VideoBodyCheck.PreviewCharacters) + "…", quote);
        Assert.DoesNotContain(Secrets.ApiKey.Substring(0, 5), quote);
    }

    [Fact]
    public void Leading_and_trailing_blanks_are_trimmed_after_control_characters_become_spaces()
    {
        var bytes = Encoding.UTF8.GetBytes("\n\n<html>\n");

        Assert.Equal("<html>", VideoBodyCheck.Quote(bytes, bytes.Length, Secrets.ApiKey));
        Assert.True(VideoBodyCheck.Quote(bytes, bytes.Length, Secrets.ApiKey).All(c => !char.IsControl(c)));
    }
}
