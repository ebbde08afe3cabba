using System.Net;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>Bad input is refused with the right status, never 500, and nothing is processed or stored.</summary>
public sealed class MessagesEndpointBadInputTests : IDisposable
{
    private readonly BotAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("{")]
    [InlineData("not json at all")]
    [InlineData("[]")]
    [InlineData("123")]
    [InlineData("\"a string\"")]
    [InlineData("{\"type\": 5}")]
    [InlineData("{\"type\":\"message\",\"from\":\"not-an-object\"}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}")]
    [InlineData("{\"type\":\"message\",\"membersAdded\":{}}")]
    public async Task Malformed_json_gets_400_and_nothing_is_sent(string body)
    {
        using var response = await _app.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_app.Connector.Sent);
    }

    [Fact]
    public async Task Empty_body_gets_400()
    {
        using var response = await _app.PostRawAsync(string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Deeply_nested_json_gets_400_not_500()
    {
        var body = "{\"type\":\"message\",\"value\":" + new string('[', 5000) + new string(']', 5000) + "}";

        using var response = await _app.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Body_over_256_KB_gets_413_and_nothing_is_stored(bool withLength)
    {
        var activity = Samples.Fresh("message-personal");
        activity["text"] = new string('x', 300 * 1024);

        using var response = withLength ? await _app.PostActivityAsync(activity) : await PostInPiecesAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_app.Connector.Sent);
        Assert.Null(await _app.Get<IPersonStore>().GetAsync("user-id-0", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_activity_sent_in_small_pieces_without_a_length_is_read_whole()
    {
        var activity = Samples.Fresh("message-personal");
        activity["padding"] = new string('x', 20 * 1024);

        using var response = await PostInPiecesAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await _app.Get<IPersonStore>().GetAsync("user-id-0", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=json")]
    [InlineData("application/jsonx")]
    public async Task Non_json_content_type_gets_415(string contentType)
    {
        using var response = await _app.PostRawAsync(Samples.Read("message-personal"), contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_with_no_content_type_gets_415()
    {
        // What a web page can post without a CORS preflight (a Blob with no type).
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Samples.Read("message-personal"))) };
        Assert.Null(request.Content.Headers.ContentType);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Json_with_a_charset_is_served()
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "help";

        using var response = await _app.PostRawAsync(message.ToJsonString(), contentType: "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    public async Task Handled_activity_without_a_required_field_gets_400(string field)
    {
        var activity = Samples.Fresh("message-personal");
        activity.Remove(field);

        using var response = await _app.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_app.Connector.Sent);
    }

    [Fact]
    public async Task Service_url_that_is_not_http_gets_400()
    {
        var activity = Samples.Fresh("message-personal");
        activity["serviceUrl"] = "file:///etc/passwd";

        using var response = await _app.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("somethingNew")]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    public async Task Unknown_activity_type_gets_200_and_is_ignored(string type)
    {
        var activity = Samples.Fresh("message-personal");
        activity["type"] = type;

        using var response = await _app.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_app.Connector.Sent);
        Assert.Null(await _app.Get<IPersonStore>().GetAsync("user-id-0", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Message_reaction_from_the_playground_gets_200()
    {
        using var response = await _app.PostActivityAsync(JsonNode.Parse(Samples.Read("messageReaction-custom"))!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_app.Connector.Sent);
    }

    // A body with no Content-Length, written 700 bytes at a time: the reader cannot size its buffer from the header.
    private async Task<HttpResponseMessage> PostInPiecesAsync(string body)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new UnannouncedContent(System.Text.Encoding.UTF8.GetBytes(body)) };
        request.Headers.TransferEncodingChunked = true;
        Assert.Null(request.Content.Headers.ContentLength);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private sealed class UnannouncedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnannouncedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var at = 0; at < _bytes.Length; at += 700)
            {
                await stream.WriteAsync(_bytes.AsMemory(at, Math.Min(700, _bytes.Length - at)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
