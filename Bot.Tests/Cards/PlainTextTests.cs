using OutcomesBot.Cards.Model;

namespace OutcomesBot.Bot.Tests.Cards;

/// <summary>What people write is shown as they typed it: markdown and HTML escaped, control and bidi characters removed.</summary>
public sealed class PlainTextTests
{
    [Theory]
    [InlineData("**bold** _it_ `code`", @"\*\*bold\*\* \_it\_ \`code\`")]
    [InlineData("[click](https://evil.example)", @"\[click\]\(https://evil.example\)")]
    [InlineData("<b>x</b> & y", @"\<b\>x\</b\> \& y")]
    [InlineData("# Heading\n- item\n1. first\n> quote", "\\# Heading\n\\- item\n1\\. first\n\\> quote")]
    [InlineData("well-being on 2026-11-20, 3.5 out of 5", "well-being on 2026-11-20, 3.5 out of 5")]
    public void Markdown_and_html_are_escaped(string typed, string shown) => Assert.Equal(shown, PlainText.Of(typed));

    [Fact]
    public void Control_and_bidirectional_characters_are_removed_and_lines_kept()
    {
        var typed = "Safe\u202Egnirts\u2066x\u2069\u200B\u0007 line\r\nnext\tcol";

        Assert.Equal("Safegnirtsx line\nnext\tcol", PlainText.Clean(typed));
        Assert.Equal("Safegnirtsx line\nnext\tcol", PlainText.Of(typed));
    }

    [Fact]
    public void Emoji_sequences_survive() => Assert.Equal("👩‍👧 🎉", PlainText.Of("👩‍👧 🎉"));
}
