using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OutcomesBot.Fakes;

/// <summary>
/// A load balancer in front of several bot instances on 127.0.0.1, as App Service's front end is for the real ones:
/// each request to <see cref="Address"/> goes to the next instance in turn (round robin), with its path, body and
/// Authorization header, and the instance's answer comes back as it is, with the instance's index in
/// <see cref="InstanceHeader"/>. It remembers which instance got each activity id, so that
/// <see cref="RedeliverAsync"/> can send the same activity again to a different one, as Teams' retry may land.
/// </summary>
public sealed class LoopbackFront : IAsyncDisposable
{
    public const string InstanceHeader = "X-Front-Instance";

    private readonly IReadOnlyList<Uri> _instances;
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly ConcurrentDictionary<string, int> _lastInstanceOf = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private int _next = -1;

    private LoopbackFront(IReadOnlyList<Uri> instances) => _instances = instances;

    /// <summary>The front's own address (http://127.0.0.1:port/).</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public int InstanceCount => _instances.Count;

    public static async Task<LoopbackFront> StartAsync(IReadOnlyList<Uri> instances, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentOutOfRangeException.ThrowIfLessThan(instances.Count, 1);
        var front = new LoopbackFront(instances);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        front._app = builder.Build();
        front._app.Run(front.ForwardAsync);
        await front._app.StartAsync(cancellationToken);
        front.Address = new Uri(front._app.Urls.Single().TrimEnd('/') + "/");
        return front;
    }

    /// <summary>Posts an activity to /api/messages through the front (the next instance in turn).</summary>
    public async Task<FrontAnswer> SendAsync(string activityJson, CancellationToken cancellationToken)
    {
        using var content = new StringContent(activityJson, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(new Uri(Address, "api/messages"), content, cancellationToken);
        var instance = int.Parse(response.Headers.GetValues(InstanceHeader).Single(), CultureInfo.InvariantCulture);
        return new FrontAnswer(instance, (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>Posts an activity straight to one instance, as the front would have chosen it.</summary>
    public async Task<FrontAnswer> SendToAsync(int instance, string activityJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activityJson);
        Remember(activityJson, instance);
        using var content = new StringContent(activityJson, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(new Uri(_instances[instance], "api/messages"), content, cancellationToken);
        return new FrontAnswer(instance, (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>Sends the same activity again to an instance other than the one that got it last.</summary>
    public Task<FrontAnswer> RedeliverAsync(string activityJson, CancellationToken cancellationToken)
    {
        var id = ActivityId(activityJson) ?? throw new ArgumentException("The activity has no id.", nameof(activityJson));
        var last = _lastInstanceOf.TryGetValue(id, out var instance) ? instance : throw new InvalidOperationException($"Activity {id} was never sent.");
        return SendToAsync((last + 1) % _instances.Count, activityJson, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _client.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var instance = (int)((uint)Interlocked.Increment(ref _next) % (uint)_instances.Count);
        var bytes = body.ToArray();
        if (context.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            Remember(Encoding.UTF8.GetString(bytes), instance);
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(_instances[instance], context.Request.Path + context.Request.QueryString));
        request.Content = new ByteArrayContent(bytes);
        if (context.Request.ContentType is { } contentType)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (context.Request.Headers.Authorization.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", context.Request.Headers.Authorization.ToString());
        }

        using var response = await _client.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.Headers[InstanceHeader] = instance.ToString(CultureInfo.InvariantCulture);
        if (response.Content.Headers.ContentType is { } answerType)
        {
            context.Response.ContentType = answerType.ToString();
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private void Remember(string activityJson, int instance)
    {
        if (ActivityId(activityJson) is { } id)
        {
            _lastInstanceOf[id] = instance;
        }
    }

    private static string? ActivityId(string activityJson)
    {
        try
        {
            using var document = JsonDocument.Parse(activityJson);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
