using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsBot.Protection;
using TeamsBot.Sparring;
using TeamsBot.Storage;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Sparring.RequestSamples;
using static TeamsBot.Tests.Sparring.RosterSamples;

namespace TeamsBot.Tests.Sparring;

/// <summary>The request store on real Azurite: one row per request, every change under its ETag.</summary>
public sealed class SparringRequestStoreTests
{
    private static async Task<(TableSparringRequestStore Store, TableClient Table)> CreateAsync()
    {
        var tables = await TestTables.CreateAsync(SparringFeature.RequestsTable);
        return (new TableSparringRequestStore(tables, new PrivateText(new EphemeralDataProtectionProvider(), NullLogger<PrivateText>.Instance)), tables.Get(SparringFeature.RequestsTable));
    }

    /// <summary>A stored request whose first step (to Anne) is taken, and the second (Anne and Bo) as well.</summary>
    private static async Task<(TableSparringRequestStore Store, TableClient Table, RequestSamples Samples, SparringRequest Request)> RoutedToAnneAndBoAsync()
    {
        var (store, table) = await CreateAsync();
        var samples = WithCoordinators();
        var (request, _) = samples.TakeDue(samples.AnneAndBo());
        (request, _) = samples.WaitAndTake(request);
        await store.CreateAsync(request, default);
        return (store, table, samples, request);
    }

    [Fact]
    public async Task CreateAsync_ReadBack_EveryPartAsCreated()
    {
        var (store, _, samples, request) = await RoutedToAnneAndBoAsync();
        await store.ChangeAsync(request.Id, r => SparringTransitions.ReportUnreachable(r, 2, [Recipient.Of(Bo)], samples.Now), default);
        await store.ChangeAsync(request.Id, r => SparringTransitions.Decline(r, Anne, samples.Now), default);

        var read = await store.GetAsync(request.Id, default);

        Assert.NotNull(read);
        Assert.Equal((request.Id, Counsellor, SparringUrgency.Now, "Svær samtale om en far", Start), (read.Id, read.Counsellor, read.Urgency, read.Note, read.CreatedAt));
        Assert.Equal((Anne, Bo, SparringRequestState.Open), (read.OnCallPrimary, read.OnCallBackup, read.State));
        Assert.Equal([EscalationStepKind.Primary, EscalationStepKind.PrimaryAndBackup], read.Steps.Select(s => s.Kind));
        Assert.Equal(["Anne Holm", "Bo Hansen"], Names(read.Steps[1].RoutedTo));
        Assert.Equal(["Bo Hansen"], Names(read.Steps[1].Unreachable));
        Assert.Equal(samples.Now, read.Steps[1].FailedAt);
        Assert.Equal([new Decline(Recipient.Of(Anne), samples.Now)], read.Declines);
    }

    [Fact]
    public async Task CreateAsync_Note_StoredEncrypted()
    {
        var (store, table, _, request) = await RoutedToAnneAndBoAsync();

        var row = (await table.GetEntityAsync<TableEntity>(KeyEncoding.Encode(request.Id), "request")).Value;

        Assert.NotNull(row.GetString("Note"));
        Assert.DoesNotContain(row.Select(p => p.Value).OfType<string>(), v => v.Contains("Svær samtale", StringComparison.Ordinal));
        Assert.Equal("Svær samtale om en far", (await store.GetAsync(request.Id, default))!.Note);
    }

    [Fact]
    public async Task ChangeAsync_TwoAcceptsAtOnce_ExactlyOneWins()
    {
        var (store, _, samples, request) = await RoutedToAnneAndBoAsync();

        var changes = await Task.WhenAll(
            store.ChangeAsync(request.Id, r => SparringTransitions.Accept(r, Anne, false, samples.Now), default),
            store.ChangeAsync(request.Id, r => SparringTransitions.Accept(r, Bo, false, samples.Now), default));

        var won = Assert.Single(changes, c => c.Changed);
        var lost = Assert.Single(changes, c => !c.Changed);
        Assert.Equal(new SparringRefusal(SparringRefusalReason.AlreadyTaken, won.Request!.AcceptedBy), lost.Refusal);
        Assert.Equal(won.Request.AcceptedBy, (await store.GetAsync(request.Id, default))!.AcceptedBy);
    }

    [Fact]
    public async Task ChangeAsync_TwoInstancesClaimTheSameStep_ExactlyOneClaims()
    {
        var (store, _) = await CreateAsync();
        var samples = WithCoordinators();
        var (request, _) = samples.TakeDue(samples.AnneAndBo());
        await store.CreateAsync(request, default);
        samples.Time.Advance(TimeSpan.FromMinutes(3));
        // Each instance reads the request and decides the step on its own.
        var decisions = new[] { samples.Ladder.Due((await store.GetAsync(request.Id, default))!)!, samples.Ladder.Due((await store.GetAsync(request.Id, default))!)! };

        var claims = await Task.WhenAll(decisions.Select(d => store.ChangeAsync(request.Id, r => SparringTransitions.TakeStep(r, d, samples.Now), default)));

        Assert.Single(claims, c => c.Changed);
        Assert.Equal(SparringRefusalReason.StepAlreadyTaken, Assert.Single(claims, c => !c.Changed).Refusal!.Reason);
        Assert.Equal(2, (await store.GetAsync(request.Id, default))!.StepsTaken);
    }

    [Fact]
    public async Task ChangeAsync_EightClaimsOfOneStepAtOnce_ExactlyOneClaims()
    {
        var (store, _) = await CreateAsync();
        var samples = WithCoordinators();
        var request = await store.CreateAsync(samples.Request(onCall: null), default);
        var step = samples.Ladder.Due(request)!;

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.ChangeAsync(request.Id, r => SparringTransitions.TakeStep(r, step, samples.Now), default)));

        Assert.Single(claims, c => c.Changed);
        Assert.Single((await store.GetAsync(request.Id, default))!.Steps);
    }

    [Fact]
    public async Task ChangeAsync_Done_NoteGoneFromTheRowOutcomeKept()
    {
        var (store, table, samples, request) = await RoutedToAnneAndBoAsync();
        await store.ChangeAsync(request.Id, r => SparringTransitions.Accept(r, Bo, false, samples.Now), default);

        await store.ChangeAsync(request.Id, r => SparringTransitions.Done(r, Bo, followUpNeeded: true, samples.Now.AddMinutes(20)), default);

        var row = (await table.GetEntityAsync<TableEntity>(KeyEncoding.Encode(request.Id), "request")).Value;
        Assert.Null(row.GetString("Note"));
        Assert.DoesNotContain(row.Select(p => p.Value).OfType<string>(), v => v.Contains("Svær samtale", StringComparison.Ordinal));
        Assert.Equal(("Done", true, 2), (row.GetString("State"), row.GetBoolean("FollowUpNeeded"), row.GetInt32("StepsTaken")));
        Assert.Contains("\"kind\":\"PrimaryAndBackup\"", row.GetString("Steps"), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(3), (await store.GetAsync(request.Id, default))!.TimeToAccept);
    }

    [Fact]
    public async Task ChangeAsync_Refused_RowNotWritten()
    {
        var (store, table, samples, request) = await RoutedToAnneAndBoAsync();
        var before = (await table.GetEntityAsync<TableEntity>(KeyEncoding.Encode(request.Id), "request")).Value.ETag;

        var change = await store.ChangeAsync(request.Id, r => SparringTransitions.Accept(r, Carl, false, samples.Now), default);

        Assert.Equal(SparringRefusalReason.NotRoutedToYou, change.Refusal!.Reason);
        Assert.Equal(before, (await table.GetEntityAsync<TableEntity>(KeyEncoding.Encode(request.Id), "request")).Value.ETag);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("../request")]
    [InlineData("")]
    public async Task ChangeAsync_UnknownOrForgedId_NotFound(string id)
    {
        var (store, _) = await CreateAsync();

        var change = await store.ChangeAsync(id, r => SparringTransitions.Accept(r, Anne, false, Start), default);

        Assert.Equal(SparringRefusalReason.NotFound, change.Refusal!.Reason);
        Assert.Null(await store.GetAsync(id, default));
    }
}
