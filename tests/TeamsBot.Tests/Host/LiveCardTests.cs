using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Conversations;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>The live-card rules, for a card in a person's 1:1 chat (the board is the channel case, tested with check-in).</summary>
public sealed class LiveCardTests : IDisposable
{
    private static readonly LiveCardKey Key = new(TeamsBot.Shifts.ShiftsFeature.BoardsTable, "29:anna", "request-1");
    private static readonly LiveCardPlace Anna = new LiveCardPlace.PersonalChat("29:anna");

    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;
    private int _state;

    public LiveCardTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    private LiveCards Cards => _bot.Services.GetRequiredService<LiveCards>();

    private IReadOnlyList<RecordedRequest> CardMessages =>
        [.. _bot.Connector.Requests.Where(r => r.Path.Contains("/v3/conversations/a%3A", StringComparison.Ordinal) && r.Json?["attachments"] is not null
            && r.Card().AllText().StartsWith("state", StringComparison.Ordinal))]; // Not the help card the set-up asked for.

    private Task<AdaptiveCard> RenderAsync(CancellationToken _) =>
        Task.FromResult(new AdaptiveCard([new TextBlock($"state {Volatile.Read(ref _state)}")]));

    [Fact]
    public async Task PublishAsync_PersonalChat_PostsOnceThenUpdatesThatMessageInPlace()
    {
        await _client.PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", "/hjælp"));

        var first = await Cards.PublishAsync(Key, Anna, RenderAsync, "a1", default);
        _state = 1;
        var second = await Cards.PublishAsync(Key, Anna, RenderAsync, "a2", default);

        Assert.True(first.Sent && second.Sent);
        Assert.Equal([HttpMethod.Post, HttpMethod.Put], CardMessages.Select(m => m.Method));
        Assert.EndsWith("/activities/" + CardMessages[0].ResponseId, CardMessages[1].Path, StringComparison.Ordinal);
        Assert.Contains("state 1", CardMessages[1].Card().AllText(), StringComparison.Ordinal);
        Assert.Contains("state 1", second.Card!.Body.OfType<TextBlock>().Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_FiftyChangesAtOnce_RendersNeverOverlapAndTheLastCardShowsTheLastChange()
    {
        await _client.PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", "/hjælp"));
        var inFlight = 0;
        var overlapped = false;
        var renders = 0;
        async Task<AdaptiveCard> SlowRenderAsync(CancellationToken ct)
        {
            overlapped |= Interlocked.Increment(ref inFlight) > 1;
            Interlocked.Increment(ref renders);
            var card = await RenderAsync(ct);
            await Task.Delay(5, ct);
            Interlocked.Decrement(ref inFlight);
            return card;
        }

        await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(async () =>
        {
            Interlocked.Increment(ref _state); // The change, stored before its publish is asked for.
            return await Cards.PublishAsync(Key, Anna, SlowRenderAsync, $"a{i}", default);
        })));

        Assert.False(overlapped);
        Assert.InRange(renders, 1, 49); // Changes a later render covered were not rendered again.
        Assert.Contains("state 50", CardMessages[^1].Card().AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_MessageWasDeleted_PostsAgainAndRemembersTheNewMessage()
    {
        await _client.PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", "/hjælp"));
        await Cards.PublishAsync(Key, Anna, RenderAsync, "a1", default);
        _bot.Connector.MessageGone();

        await Cards.PublishAsync(Key, Anna, RenderAsync, "a2", default);
        await Cards.PublishAsync(Key, Anna, RenderAsync, "a3", default);

        // Gone is believed after one retry of the update (issue 10), so the failed update shows twice.
        Assert.Equal([HttpMethod.Post, HttpMethod.Put, HttpMethod.Put, HttpMethod.Post, HttpMethod.Put], CardMessages.Select(m => m.Method));
        Assert.EndsWith("/activities/" + CardMessages[3].ResponseId, CardMessages[4].Path, StringComparison.Ordinal);
        var stored = Assert.Single(await _bot.StoredEntitiesAsync(Key.Table), e => e.RowKey == "request-1");
        Assert.Equal(CardMessages[3].ResponseId, stored.GetString("ActivityId"));
    }

    [Fact]
    public async Task PublishAsync_PersonNotReachable_NotSentAndNothingStored()
    {
        var result = await Cards.PublishAsync(Key, Anna, RenderAsync, "a1", default);

        Assert.False(result.Sent);
        Assert.DoesNotContain(await _bot.StoredEntitiesAsync(Key.Table), e => e.RowKey == "request-1");
    }
}
