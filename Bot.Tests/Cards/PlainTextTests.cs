using OutcomesBot.Cards.Model;

namespace OutcomesBot.Bot.Tests.Cards;

/// <summary>What people write is shown as they typed it: markdown and HTML escaped, control and bidi characters removed.</summary>
public sealed class PlainTextTests
{
    [Theory]
    [InlineData("**bold** _it_ `code`", @"\*\*bold\*\* \_it\_ \`code\`")]
    [InlineData("[click](https://evil.example) ![img](x)", @"\[click\](https://evil.example) !\[img\](x)")]
    [InlineData("<https://evil.example> ~~gone~~", @"\<https://evil.example> \~\~gone\~\~")]
    [InlineData("# Heading\n- item\n1. first\n2) second\n> quote\n+ plus", "\\# Heading\n\\- item\n1\\. first\n2\\) second\n\\> quote\n\\+ plus")]
    [InlineData("well-being on 2026-11-20, 3.5 out of 5", "well-being on 2026-11-20, 3.5 out of 5")]
    public void Markdown_and_html_are_escaped(string typed, string shown) => Assert.Equal(shown, PlainText.Of(typed));

    // Decision 031: only what Teams' card markdown reads is escaped, so a client that draws escapes shows no "\(".
    [Theory]
    [InlineData("Why it is good (aim for three reasons)")]
    [InlineData("Smith & Jones, 50% of visits! {agreed} #1 | a > b, c # d, e - f, 1. g")]
    public void Punctuation_markdown_does_not_read_is_left_as_typed(string typed) => Assert.Equal(typed, PlainText.Of(typed));

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
