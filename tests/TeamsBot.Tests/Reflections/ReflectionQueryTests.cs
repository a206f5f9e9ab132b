using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsBot.Protection;
using TeamsBot.Organisation;
using TeamsBot.Reflections;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Reflections;

/// <summary>The store's lists: a counsellor's own, the coordinator's period, a shift's unfinished forms, retention.</summary>
public sealed class ReflectionQueryTests
{
    private static readonly Person Anna = new("29:anna", "Anna Jensen", "aad-anna", "da-DK");
    private static readonly Person Bo = new("29:bo", "Bo Hansen", "aad-bo", "en-US");
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 17, 0, 0, TimeSpan.Zero);
    private static readonly ShiftLink Shift = new("19:duty@thread.tacv2", Now.AddHours(-1).UtcTicks);

    private static readonly ReflectionAnswers Answers = new(ContactForm.Chat, 10, [], [], false, null, SparringNeed.None, false, "tekst");

    private static async Task<TableReflectionStore> CreateAsync() =>
        new(await TestTables.CreateAsync(ReflectionsFeature.ReflectionsTable), new PrivateTextProtection(new PrivateText(new EphemeralDataProtectionProvider(), NullLogger<PrivateText>.Instance)));

    [Fact]
    public async Task ListSinceAsync_ReturnsOwnFormsFromThatTimeNewestFirst()
    {
        var store = await CreateAsync();
        await store.IssueAsync(Reflection.Issue(Anna, null, Now.AddDays(-31)), default);
        var older = await store.IssueAsync(Reflection.Issue(Anna, null, Now.AddDays(-2)), default);
        var newer = await store.IssueAsync(Reflection.Issue(Anna, null, Now), default);
        await store.IssueAsync(Reflection.Issue(Bo, null, Now), default);

        var listed = await store.ListSinceAsync(Anna.TeamsId, Now.AddDays(-30), default);

        Assert.Equal([newer.FormId, older.FormId], listed.Select(r => r.FormId));
    }

    [Fact]
    public async Task ListIssuedBetweenAsync_CrossesCounsellorsWithinThePeriodOnly()
    {
        var store = await CreateAsync();
        var annas = await store.IssueAsync(Reflection.Issue(Anna, null, Now.AddDays(-1)), default);
        var bos = await store.IssueAsync(Reflection.Issue(Bo, null, Now.AddDays(-3)), default);
        await store.IssueAsync(Reflection.Issue(Bo, null, Now.AddDays(-8)), default);
        await store.IssueAsync(Reflection.Issue(Anna, null, Now), default);

        var listed = await store.ListIssuedBetweenAsync(Now.AddDays(-7), Now, default);

        Assert.Equal(new[] { annas.FormId, bos.FormId }.Order(), listed.Select(r => r.FormId).Order());
    }

    [Fact]
    public async Task ListUnsubmittedOfShiftAsync_OnlyIssuedFormsOfThatShift()
    {
        var store = await CreateAsync();
        var first = await store.IssueAsync(Reflection.Issue(Anna, Shift, Now.AddMinutes(-40)), default);
        var second = await store.IssueAsync(Reflection.Issue(Anna, Shift, Now.AddMinutes(-10)), default);
        var done = await store.IssueAsync(Reflection.Issue(Anna, Shift, Now.AddMinutes(-20)), default);
        await store.SubmitAsync(Anna.TeamsId, done.FormId, Answers, Now, null, default);
        await store.IssueAsync(Reflection.Issue(Anna, Shift with { CheckedInTicks = Shift.CheckedInTicks - 1 }, Now), default);
        await store.IssueAsync(Reflection.Issue(Anna, null, Now), default);
        await store.IssueAsync(Reflection.Issue(Bo, Shift, Now), default);

        var unfinished = await store.ListUnsubmittedOfShiftAsync(Anna.TeamsId, Shift, default);

        Assert.Equal([first.FormId, second.FormId], unfinished.Select(r => r.FormId));
    }

    [Fact]
    public async Task RetentionQueries_FindOldPrivateTextsAndOldRows()
    {
        var store = await CreateAsync();
        var old = await store.IssueAsync(Reflection.Issue(Anna, null, Now.AddDays(-40)), default);
        await store.SubmitAsync(Anna.TeamsId, old.FormId, Answers, Now.AddDays(-40), null, default);
        var recent = await store.IssueAsync(Reflection.Issue(Bo, null, Now.AddDays(-5)), default);
        await store.SubmitAsync(Bo.TeamsId, recent.FormId, Answers, Now.AddDays(-5), null, default);
        var ancient = await store.IssueAsync(Reflection.Issue(Bo, null, Now.AddDays(-400)), default);

        var withOldText = await store.ListPrivateTextSubmittedBeforeAsync(Now.AddDays(-30), default);
        var oldRows = await store.ListIssuedBeforeAsync(Now.AddDays(-365), default);

        Assert.Equal(old.FormId, Assert.Single(withOldText).FormId);
        Assert.Equal(ancient.FormId, Assert.Single(oldRows).FormId);
    }

    [Fact]
    public async Task RemovePrivateTextAsync_KeepsTheRegistrationAndLeavesTheRetentionList()
    {
        var store = await CreateAsync();
        var form = await store.IssueAsync(Reflection.Issue(Anna, null, Now.AddDays(-40)), default);
        await store.SubmitAsync(Anna.TeamsId, form.FormId, Answers, Now.AddDays(-40), null, default);

        var removed = await store.RemovePrivateTextAsync(Anna.TeamsId, form.FormId, default);
        var again = await store.RemovePrivateTextAsync(Anna.TeamsId, form.FormId, default);

        Assert.True(removed);
        Assert.False(again);
        var stored = await store.GetAsync(Anna.TeamsId, form.FormId, default);
        Assert.Null(stored!.ProtectedPrivateText);
        Assert.Equal(ReflectionState.Submitted, stored.State);
        Assert.Equal(10, stored.Answers!.Minutes);
        Assert.Empty(await store.ListPrivateTextSubmittedBeforeAsync(Now, default));
    }

    [Fact]
    public async Task PurgeAsync_RemovesTheRowAndIsRepeatable()
    {
        var store = await CreateAsync();
        var form = await store.IssueAsync(Reflection.Issue(Anna, null, Now), default);

        await store.PurgeAsync(Anna.TeamsId, form.FormId, default);
        await store.PurgeAsync(Anna.TeamsId, form.FormId, default);

        Assert.Null(await store.GetAsync(Anna.TeamsId, form.FormId, default));
    }
}
