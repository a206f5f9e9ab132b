using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Organisation;
using TeamsBot.Protection;
using TeamsBot.Reflections;
using TeamsBot.Reflections.Retention;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Reflections;

/// <summary>Retention on real Azurite with a fake clock: private text after PrivateTextDays, the registration after RetentionDays.</summary>
public sealed class ReflectionRetentionTests
{
    private static readonly Person Anna = new("29:anna", "Anna Jensen");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));

    private async Task<(TableReflectionStore Store, ReflectionRetention Retention)> CreateAsync(int privateTextDays = 30, int retentionDays = 365)
    {
        var tables = await TestTables.CreateAsync(ReflectionsFeature.ReflectionsTable);
        var store = new TableReflectionStore(tables, new PrivateTextProtection(new PrivateText(new EphemeralDataProtectionProvider(), NullLogger<PrivateText>.Instance)));
        var options = Options.Create(new ReflectionOptions { PrivateTextDays = privateTextDays, RetentionDays = retentionDays });
        return (store, new ReflectionRetention(store, _time, options, NullLogger<ReflectionRetention>.Instance));
    }

    private async Task<Reflection> SubmittedAsync(TableReflectionStore store, string privateText)
    {
        var issued = await store.IssueAsync(Reflection.Issue(Anna, null, _time.GetUtcNow()), default);
        var answers = new ReflectionAnswers(ContactForm.Phone, 20, [], [], false, 3, SparringNeed.None, false, privateText);
        return (await store.SubmitAsync(Anna.TeamsId, issued.FormId, answers, _time.GetUtcNow(), null, default)).Reflection!;
    }

    [Fact]
    public async Task RunAsync_BeforePrivateTextDays_KeepsEverything()
    {
        var (store, retention) = await CreateAsync();
        var reflection = await SubmittedAsync(store, "Det var svært.");
        _time.Advance(TimeSpan.FromDays(29));

        var result = await retention.RunAsync(default);

        Assert.Equal(new RetentionResult(0, 0), result);
        Assert.True((await store.GetAsync(Anna.TeamsId, reflection.FormId, default))!.HasPrivateText);
    }

    [Fact]
    public async Task RunAsync_AfterPrivateTextDays_RemovesThePrivateTextAndKeepsTheAnswers()
    {
        var (store, retention) = await CreateAsync();
        var reflection = await SubmittedAsync(store, "Det var svært.");
        var withoutText = await SubmittedAsync(store, string.Empty);
        _time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        var result = await retention.RunAsync(default);

        Assert.Equal(new RetentionResult(1, 0), result);
        var kept = await store.GetAsync(Anna.TeamsId, reflection.FormId, default);
        Assert.False(kept!.HasPrivateText);
        Assert.Equal(ReflectionState.Submitted, kept.State);
        Assert.Equal(20, kept.Answers!.Minutes);
        Assert.NotNull(await store.GetAsync(Anna.TeamsId, withoutText.FormId, default));
    }

    [Fact]
    public async Task RunAsync_AfterRetentionDays_RemovesTheWholeRegistration()
    {
        var (store, retention) = await CreateAsync();
        var old = await SubmittedAsync(store, "Det var svært.");
        var unsubmitted = await store.IssueAsync(Reflection.Issue(Anna, null, _time.GetUtcNow()), default);
        _time.Advance(TimeSpan.FromDays(200));
        var recent = await SubmittedAsync(store, string.Empty);
        _time.Advance(TimeSpan.FromDays(165) + TimeSpan.FromMinutes(1));

        var result = await retention.RunAsync(default);

        Assert.Equal(new RetentionResult(1, 2), result);
        Assert.Null(await store.GetAsync(Anna.TeamsId, old.FormId, default));
        Assert.Null(await store.GetAsync(Anna.TeamsId, unsubmitted.FormId, default));
        Assert.NotNull(await store.GetAsync(Anna.TeamsId, recent.FormId, default));
    }

    [Fact]
    public async Task RunAsync_ConfiguredDays_AreTheOnesUsed()
    {
        var (store, retention) = await CreateAsync(privateTextDays: 7, retentionDays: 30);
        var reflection = await SubmittedAsync(store, "Det var svært.");

        _time.Advance(TimeSpan.FromDays(8));
        Assert.Equal(new RetentionResult(1, 0), await retention.RunAsync(default));
        _time.Advance(TimeSpan.FromDays(23));
        Assert.Equal(new RetentionResult(0, 1), await retention.RunAsync(default));

        Assert.Null(await store.GetAsync(Anna.TeamsId, reflection.FormId, default));
    }
}
