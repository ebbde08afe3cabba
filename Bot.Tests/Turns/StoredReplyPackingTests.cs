using System.Text;
using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>The packed form of a kept answer (decision 036) gives back the same JSON, whatever its length.</summary>
public sealed class StoredReplyPackingTests
{
    [Theory]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(1026)]
    [InlineData(4099)]
    [InlineData(10_240)]
    [InlineData(10_241)]
    [InlineData(10_242)]
    public void A_packed_answer_unpacks_to_the_same_json(int length)
    {
        // Text that does not compress to a fixed size, so the packed bytes come in every length modulo 3.
        var random = new Random(length);
        var text = new string([.. Enumerable.Range(0, length - 12).Select(_ => (char)random.Next('a', 'z' + 1))]);
        var json = "{\"text\":\"" + text + "\"}";
        json += new string(' ', length - json.Length);

        var packed = StoredReplyPacking.Pack(Encoding.UTF8.GetBytes(json));

        Assert.StartsWith("br:" + length + ":", packed, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', packed);
        Assert.Equal(json, StoredReplyPacking.Unpack(packed));
    }

    [Fact]
    public void A_short_answer_is_kept_as_its_json()
    {
        Assert.Equal("{\"a\":1}", StoredReplyPacking.Pack("{\"a\":1}"u8));
    }
}
