using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsBot.Protection;
using TeamsBot.Sparring;
using TeamsBot.Sparring.Overview;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Sparring.RequestSamples;
using static TeamsBot.Tests.Sparring.RosterSamples;

namespace TeamsBot.Tests.Sparring;

/// <summary>The overview's query of the requests table on real Azurite: requests made by the store, on a fake clock.</summary>
public sealed class SparringRequestQueryTests
{
    private readonly RequestSamples _samples = WithCoordinators();

    private static async Task<(TableSparringRequestStore Store, SparringRequestQuery Query)> CreateAsync()
    {
        var tables = await TestTables.CreateAsync(SparringFeature.RequestsTable);
        var text = new PrivateText(new EphemeralDataProtectionProvider(), NullLogger<PrivateText>.Instance);
        return (new TableSparringRequestStore(tables, text), new SparringRequestQuery(tables, text));
    }

    private async Task<SparringRequest> CreateAtAsync(TableSparringRequestStore store, DateTimeOffset at)
    {
        _samples.Time.SetUtcNow(at);
        return await store.CreateAsync(_samples.TakeDue(_samples.AnneAndBo()).Request, default);
    }

    [Fact]
    public async Task CreatedBetweenAsync_RequestsAroundThePeriod_OnlyThePeriodsOldestFirst()
    {
        var (store, query) = await CreateAsync();
        var from = Start.AddDays(1);
        var until = from.AddDays(7);
        var before = await CreateAtAsync(store, from.AddMilliseconds(-1));
        var first = await CreateAtAsync(store, from);
        var last = await CreateAtAsync(store, until.AddSeconds(-1));
        var after = await CreateAtAsync(store, until);

        var found = await query.CreatedBetweenAsync(from, until, default);

        Assert.Equal([first.Id, last.Id], found.Select(r => r.Id));
        Assert.DoesNotContain(found, r => r.Id == before.Id || r.Id == after.Id);
    }

    [Fact]
    public async Task CreatedBetweenAsync_OpenRequestWithANote_ReadWithoutTheNote()
    {
        var (store, query) = await CreateAsync();
        var created = await CreateAtAsync(store, Start);

        var found = Assert.Single(await query.CreatedBetweenAsync(Start, Start.AddDays(1), default));

        Assert.Equal("Svær samtale om en far", (await store.GetAsync(created.Id, default))!.Note);
        Assert.Null(found.Note);
        Assert.Equal((Counsellor, SparringRequestState.Open, Anne, 1), (found.Counsellor, found.State, found.OnCallPrimary, found.StepsTaken));
    }

    [Fact]
    public async Task CreatedBetweenAsync_OutcomesChangedThroughTheStore_ReadAsStored()
    {
        var (store, query) = await CreateAsync();
        var request = await CreateAtAsync(store, Start);
        _samples.Time.Advance(TimeSpan.FromMinutes(2));
        await store.ChangeAsync(request.Id, r => SparringTransitions.Accept(r, Anne, false, _samples.Now), default);
        await store.ChangeAsync(request.Id, r => SparringTransitions.Done(r, Anne, followUpNeeded: true, _samples.Now.AddMinutes(15)), default);

        var found = Assert.Single(await query.CreatedBetweenAsync(Start, Start.AddDays(1), default));

        Assert.Equal((SparringRequestState.Done, true, TimeSpan.FromMinutes(2)), (found.State, found.FollowUpNeeded, found.TimeToAccept));
        Assert.Equal(Anne, found.AcceptedBy);
    }
}
