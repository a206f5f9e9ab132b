using System.Text.Json;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Storage;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Domain;

public sealed class ProcessedActivityStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));
    private static readonly ActivityKey Key = new("msteams", "19:c@thread.tacv2;messageid=1", "act-1");

    private async Task<ProcessedActivityTableStore> CreateStoreAsync() =>
        new(await TestTables.CreateAsync(StorageFeature.ProcessedActivitiesTable), _time,
            new InvokeAnswerProtection(new EphemeralDataProtectionProvider(), NullLogger<InvokeAnswerProtection>.Instance));

    [Fact]
    public async Task TryClaimAsync_SecondDeliveryAfterCompletion_DuplicateWithFirstAnswer()
    {
        var store = await CreateStoreAsync();
        var claim = await store.TryClaimAsync(Key, default);
        await store.CompleteAsync(claim, AdaptiveCardInvokeResponse.Message("hej"), default);

        var again = await store.TryClaimAsync(Key, default);

        Assert.False(claim.IsDuplicate);
        Assert.True(again.IsDuplicate);
        Assert.Equal("hej", ((JsonElement)again.PreviousResponse!.Body!).GetProperty("value").GetString());
    }

    [Fact]
    public async Task TryClaimAsync_ParallelDeliveries_ExactlyOneClaims()
    {
        var store = await CreateStoreAsync();

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.TryClaimAsync(Key, default)));

        Assert.Single(claims, c => !c.IsDuplicate);
    }

    [Fact]
    public async Task TryClaimAsync_ClaimAbandonedByCrash_TakenOverOnceStale()
    {
        var store = await CreateStoreAsync();
        await store.TryClaimAsync(Key, default); // The first handler dies here, never completing.

        var tooSoon = await store.TryClaimAsync(Key, default);
        _time.Advance(ProcessedActivityTableStore.StaleAfter + TimeSpan.FromSeconds(1));
        var later = await store.TryClaimAsync(Key, default);

        Assert.True(tooSoon.IsDuplicate);
        Assert.False(later.IsDuplicate);
    }

    [Fact]
    public async Task ReleaseAsync_AfterFailure_RedeliveryIsHandled()
    {
        var store = await CreateStoreAsync();
        await store.ReleaseAsync(await store.TryClaimAsync(Key, default), default);

        var again = await store.TryClaimAsync(Key, default);

        Assert.False(again.IsDuplicate);
    }

    [Fact]
    public async Task PurgeAsync_OldAndNewMarkers_DeletesOnlyOld()
    {
        var store = await CreateStoreAsync();
        await store.CompleteAsync(await store.TryClaimAsync(Key, default), null, default);
        _time.Advance(TimeSpan.FromDays(2));
        var fresh = Key with { ActivityId = "act-2" };
        await store.CompleteAsync(await store.TryClaimAsync(fresh, default), null, default);

        var deleted = await store.PurgeAsync(TimeSpan.FromDays(1), default);

        Assert.Equal(1, deleted);
        Assert.False((await store.TryClaimAsync(Key, default)).IsDuplicate);
        Assert.True((await store.TryClaimAsync(fresh, default)).IsDuplicate);
    }
}
