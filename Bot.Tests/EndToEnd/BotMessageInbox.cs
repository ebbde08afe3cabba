using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// Everything the bot sent, as the Playground pushes it on ws://.../_ws_conversation/v1/conversations/stream.
/// The Playground buffers pushes while no socket is connected and replays them to the next one, so the
/// inbox is opened before anything is installed or sent.
/// </summary>
public sealed class BotMessageInbox : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly string _botId;
    private readonly CancellationTokenSource _stopReceiving = new();
    private readonly Lock _gate = new();
    private readonly List<PlaygroundMessage> _received = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Exception? _receiveError;
    private Task _receiveLoop = Task.CompletedTask;

    private BotMessageInbox(ClientWebSocket socket, string botId)
    {
        _socket = socket;
        _botId = botId;
    }

    /// <summary>How many bot messages have arrived so far.</summary>
    public long Cursor
    {
        get
        {
            lock (_gate)
            {
                return _received.Count;
            }
        }
    }

    public static async Task<BotMessageInbox> OpenAsync(Uri playground, string botId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(playground);
        var socket = new ClientWebSocket();
        try
        {
            var stream = new UriBuilder(playground) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
            await socket.ConnectAsync(stream, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var inbox = new BotMessageInbox(socket, botId);
        inbox._receiveLoop = inbox.ReceiveAsync(inbox._stopReceiving.Token);
        return inbox;
    }

    /// <summary>The first bot message after <paramref name="after"/> in the conversation (or a thread of it) that matches.</summary>
    public async Task<PlaygroundMessage> WaitAsync(
        string conversationId, long after, Func<PlaygroundMessage, bool> match, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var found = _received.Find(m => m.Sequence > after && m.IsIn(conversationId) && match(m));
                if (found is not null)
                {
                    return found;
                }

                if (_receiveError is not null)
                {
                    throw new InvalidOperationException("The Playground's WebSocket failed.", _receiveError);
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"No matching bot message in {conversationId} after #{after} within {timeout.TotalSeconds:0} s. {Describe()}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopReceiving.CancelAsync();
        try
        {
            await _receiveLoop;
        }
        finally
        {
            _socket.Abort();
            _socket.Dispose();
            _stopReceiving.Dispose();
        }
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    Record(JsonNode.Parse(message.ToArray()));
                    message.SetLength(0);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Disposed.
        }
        catch (WebSocketException exception)
        {
            lock (_gate)
            {
                _receiveError = exception;
                _changed.TrySetResult();
            }
        }
    }

    private void Record(JsonNode? push)
    {
        lock (_gate)
        {
            // Typing pushes carry no message; the user's own messages are not pushed, but check the sender anyway.
            if (PlaygroundMessage.TryParse(_received.Count + 1, push) is { } message && message.FromId == _botId)
            {
                _received.Add(message);
                _changed.TrySetResult();
                _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    private string Describe()
    {
        lock (_gate)
        {
            return _received.Count == 0
                ? "The bot sent nothing at all."
                : "Bot messages seen:\n" + string.Join("\n", _received.Select(m => $"#{m.Sequence} {m.Action} in {m.ConversationId}: {Shorten(m.AllText)}"));
        }
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "...";
}
