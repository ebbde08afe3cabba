namespace OutcomesBot.Bot.Protocol.Connector;

// Reads a connector answer into memory with a size limit, so that a connector (or anything posing as one) cannot make
// the bot buffer an unbounded body. The limit is far above real answers: a page of 500 members is about 300 kB.
internal static class ConnectorResponseBody
{
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Replaces the response's streamed content by the buffered body; throws when it is over <see cref="MaxBytes"/>.</summary>
    public static async Task BufferAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var content = response.Content;
        if (content.Headers.ContentLength > MaxBytes)
        {
            throw TooLarge(operation, response);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw TooLarge(operation, response);
            }

            buffer.Write(chunk, 0, read);
        }

        var buffered = new ByteArrayContent(buffer.ToArray());
        foreach (var header in content.Headers)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        buffered.Headers.ContentLength = buffer.Length;
        response.Content = buffered;
        content.Dispose();
    }

    private static ConnectorException TooLarge(string operation, HttpResponseMessage response) =>
        new(response.StatusCode, ConnectorException.ResponseTooLarge, $"Connector {operation} answered with a body over {MaxBytes} bytes; it was not read.");
}
