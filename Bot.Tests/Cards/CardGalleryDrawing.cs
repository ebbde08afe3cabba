using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Cards;

/// <summary>Every card of <see cref="CardGallery"/> drawn once, 400 px wide in one Chromium, for the tests that look at the drawn cards.</summary>
public sealed class CardGalleryDrawing : IAsyncLifetime
{
    public IReadOnlyDictionary<string, string> Cards { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<CardHeightTests.CardSize> Measured { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Cards = await CardGallery.GatherAllAsync();
        Measured = await CardHeightTests.MeasureAsync(Cards);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
